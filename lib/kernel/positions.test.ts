import { describe, expect, it } from 'vitest';
import { errorMessage, positionInCell } from './positions';
import { transformCell, wrapCell } from './transform';

/** Runs a cell through the real transform and V8's indirect eval, as the kernel does, and returns what it threw. */
async function thrownBy(code: string, url: string): Promise<Error> {
  const run = (0, eval)(wrapCell(transformCell(code), url)) as () => Promise<void>;
  try {
    await run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('the cell did not throw');
}

describe('positionInCell', () => {
  it('maps a runtime error to the line and column the learner wrote', async () => {
    const code = 'const a = 1;\nconst b = { c: 2 };\nconst d = b.missing.deep;';
    const error = await thrownBy(code, 'minimax-cell-11.js');
    // `b.missing.deep`: V8 points at `deep`, column 21 of line 3 (1-based).
    expect(positionInCell(error.stack, 'minimax-cell-11.js', 3)).toEqual({ line: 3, column: 21 });
  });

  it('finds the cell frame under frames of library code', async () => {
    // `new Error` starts at column 29 of line 3.
    const error = await thrownBy('\n\n  [1, 2].map((x) => { throw new Error("bad " + x); });', 'minimax-cell-12.js');
    expect(positionInCell(error.stack, 'minimax-cell-12.js', 3)).toEqual({ line: 3, column: 29 });
  });

  it('ignores frames of other runs and returns null when the cell has no frame', () => {
    const stack = 'Error: x\n    at f (minimax-cell-1.js:3:4)\n    at g (tfjs.js:10:2)';
    expect(positionInCell(stack, 'minimax-cell-2.js', 5)).toBeNull();
    expect(positionInCell(undefined, 'minimax-cell-2.js', 5)).toBeNull();
  });

  it('does not let the wrapper line or the closing line pose as cell lines', () => {
    const stack = 'Error\n    at minimax-cell-3.js:1:40\n    at minimax-cell-3.js:5:1\n    at minimax-cell-3.js:3:7';
    expect(positionInCell(stack, 'minimax-cell-3.js', 3)).toEqual({ line: 2, column: 7 });
  });
});

describe('errorMessage', () => {
  it('names the error type and keeps the message', () => {
    expect(errorMessage(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
    expect(errorMessage({ code: 1 })).toBe('Uncaught {"code":1}');
  });
});
