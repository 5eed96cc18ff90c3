import { describe, expect, it } from 'vitest';
import { memoryHint } from './memory-hint';

describe('memoryHint', () => {
  it('sizes the request V8 refused, in numbers and float32 bytes', () => {
    const hint = memoryHint('RangeError: Invalid typed array length: 10000000000');
    expect(hint).toContain('more memory than the browser gives a page');
    expect(hint).toContain('10,000,000,000 numbers: 40 GB as float32');
  });

  it('recognises allocation failures that carry no size', () => {
    for (const message of ['RangeError: Array buffer allocation failed', 'RuntimeError: Aborted(OOM)', 'Cannot enlarge memory arrays']) {
      expect(memoryHint(message)).toMatch(/^That asked for more memory than the browser gives a page\. /);
    }
  });

  it('says megabytes below a gigabyte', () => {
    expect(memoryHint('Invalid typed array length: 100000000')).toContain('400 MB as float32');
  });

  it('leaves every other error alone', () => {
    expect(memoryHint('TypeError: Cannot read properties of null')).toBeNull();
    expect(memoryHint('RangeError: Maximum call stack size exceeded')).toBeNull();
  });
});
