import { describe, expect, it } from 'vitest';
import { lateError } from './late-error';
import { lockApi } from './lock-api';

const scheduler = 'a'.repeat(32);
const running = 'b'.repeat(32);

describe('an error thrown after its code moved on', () => {
  it('lands on the run whose cell scheduled it, with the line there, and says "Uncaught" once', () => {
    const error = new Error('late');
    // What V8 gives for `setTimeout(() => { throw new Error('late') }, 10)` on the cell's line 3.
    error.stack = `Error: late\n    at minimax-cell-${scheduler}.js:4:33`;
    expect(lateError(error, 'Uncaught ', running)).toEqual({
      type: 'error',
      runId: scheduler,
      kind: 'unhandled',
      message: 'Uncaught Error: late',
      line: 3,
      column: 33,
    });
  });

  it('falls back to the run in progress when the stack names no cell, and does not repeat "Uncaught"', () => {
    expect(lateError('Uncaught Error: late', 'Uncaught ', running)).toEqual({
      type: 'error',
      runId: running,
      kind: 'unhandled',
      message: 'Uncaught Error: late',
    });
    expect(lateError({ code: 1 }, 'Unhandled promise rejection: ', running).message).toBe(
      'Unhandled promise rejection: Uncaught {"code":1}',
    );
  });
});

describe('the locked cell API', () => {
  it('refuses to be replaced by assignment, saying which name, and still works', () => {
    const g = globalThis as Record<string, unknown>;
    g.lockedApiExample = () => 'api';
    lockApi(['lockedApiExample']);
    expect(() => (g.lockedApiExample = 42)).toThrow('lockedApiExample is part of the cell API and cannot be replaced');
    expect((g.lockedApiExample as () => string)()).toBe('api');
    expect(() => Object.defineProperty(globalThis, 'lockedApiExample', { value: 1 })).toThrow(TypeError);
  });
});
