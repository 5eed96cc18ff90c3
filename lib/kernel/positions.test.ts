import { describe, expect, it } from 'vitest';
import { errorMessage, locateError, positionInCell, unresolvedName } from './positions';
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

/** Where the kernel says `code` failed, in the learner's numbering, as runtime.ts reports it. */
async function located(code: string) {
  const url = 'minimax-cell-20.js';
  const t = transformCell(code);
  const run = (0, eval)(wrapCell(t, url)) as () => Promise<void>;
  const scope = globalThis as Record<string, unknown>;
  scope.print = () => {};
  try {
    await run();
  } catch (error) {
    return locateError(error, url, { code, shifts: t.shifts });
  } finally {
    for (const n of t.declared) delete scope[n];
    delete scope.print;
  }
  throw new Error('the cell did not throw');
}

/** The line and column (1-based) of the first `needle` in `code`. */
function at(code: string, needle: string, from = 0) {
  const before = code.slice(0, code.indexOf(needle, from)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('locateError', () => {
  // V8 puts a ReferenceError at the start of the expression around the name (the `(` that
  // the transform put where `const` was, `return`, the statement), not at the name.
  it.each([
    ['a const declaration', 'const q = undefinedThing.x;'],
    ['a let with destructuring', 'let { a, b: [c] } = undefinedThing.x;'],
    ['an expression statement', 'print(1);\nq2 = undefinedThing.x;'],
    ['a second declarator', 'const a = 1,\n  b = 2 * undefinedThing;'],
    ['a function called at top level', 'function f() {\n  return undefinedThing.x;\n}\nconst r = f();'],
    ['code after an await', 'await null;\nconst q = undefinedThing.x;'],
    ['a let after an await, in an array', 'await Promise.resolve();\nlet [first] = [undefinedThing];'],
    ['an arrow function', 'const g = () => undefinedThing;\ng();'],
    ['a class method', 'class K { m() { return undefinedThing; } }\nnew K().m();'],
  ])('points a ReferenceError in %s at the name', async (_, code) => {
    expect(await located(code)).toEqual(at(code, 'undefinedThing'));
  });

  it('maps columns after an edit that changed the width of the line', async () => {
    // `let a;` becomes `;(  a = undefined);` and `const b = 1;` gets a `)`: what follows moved right.
    const code = 'let a; const b = 1; const c = b.missing.deep;';
    expect(await located(code)).toEqual(at(code, 'deep'));
    const cls = 'class K {} const k = new K(); k.nope();';
    expect(await located(cls)).toEqual(at(cls, 'nope'));
  });

  it('keeps the place V8 gives for other errors', async () => {
    const code = 'const o = {};\nconst v = o.missing.deep;';
    expect(await located(code)).toEqual(at(code, 'deep'));
  });

  it('points a ReferenceError thrown by library code at the call, not at a name of the cell', async () => {
    const scope = globalThis as Record<string, unknown>;
    scope.libraryThatThrows = () => {
      throw new ReferenceError('zz is not defined');
    };
    const code = 'const zz = 1;\nconst q = libraryThatThrows(zz);';
    try {
      expect(await located(code)).toEqual(at(code, 'libraryThatThrows'));
    } finally {
      delete scope.libraryThatThrows;
    }
  });
});

describe('unresolvedName', () => {
  it('reads the name of a ReferenceError, and nothing from other errors', () => {
    expect(unresolvedName(new ReferenceError('mu is not defined'))).toBe('mu');
    expect(unresolvedName(new ReferenceError("Cannot access 'k' before initialization"))).toBe('k');
    expect(unresolvedName(new TypeError('mu is not defined'))).toBeNull();
  });
});

describe('errorMessage', () => {
  it('names the error type and keeps the message', () => {
    expect(errorMessage(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
    expect(errorMessage({ code: 1 })).toBe('Uncaught {"code":1}');
  });
});
