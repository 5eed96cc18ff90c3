import { describe, expect, it } from 'vitest';
import { CellSyntaxError, cellColumn, topLevelDeclarations, transformCell, wrapCell } from './transform';

/** Runs cells the way the kernel does: each wrapped script is evaluated in one shared global scope. */
async function runCells(cells: string[], scope: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  // A `with` over a proxy that claims every name stands in for the worker's global scope:
  // assignments land in `scope`, and names it lacks (Promise, Math) fall through to the real globals.
  const proxy: Record<PropertyKey, unknown> = new Proxy(scope, {
    has: () => true,
    get: (t, k) => (k === 'globalThis' ? proxy : k in t ? t[k as string] : (globalThis as Record<PropertyKey, unknown>)[k]),
  });
  for (const code of cells) {
    const script = wrapCell(transformCell(code), 'test.js').replace(/\n\/\/#.*$/, '');
    const run = new Function('scope', `with (scope) { return ${script} }`) as (s: object) => () => Promise<void>;
    await run(proxy)();
  }
  return scope;
}

describe('transformCell', () => {
  it('publishes top-level const, let, var, function and class declarations to later cells', async () => {
    const scope = await runCells([
      'const a = 2; let b = a + 1\nvar c;\nfunction f(x) { return x * a; }\nclass K { v() { return 7; } }',
      'const d = f(b) + new K().v();',
    ]);
    expect(scope.a).toBe(2);
    expect(scope.b).toBe(3);
    expect(scope.c).toBeUndefined();
    expect('c' in scope).toBe(true);
    expect(scope.d).toBe(13);
  });

  it('publishes names bound by destructuring patterns', async () => {
    const scope = await runCells(['const { p, q: [r, ...s] } = { p: 1, q: [2, 3, 4] }, t = p + r;']);
    expect(scope).toMatchObject({ p: 1, r: 2, s: [3, 4], t: 3 });
  });

  it('lets a cell call a function before its declaration, as JavaScript hoisting does', async () => {
    const scope = await runCells(['const y = g();\nfunction g() { return 5; }']);
    expect(scope.y).toBe(5);
  });

  it('allows top-level await', async () => {
    const scope = await runCells(['const v = await Promise.resolve(42);']);
    expect(scope.v).toBe(42);
  });

  it('keeps declarations inside blocks and loops local', async () => {
    const t = transformCell('for (let i = 0; i < 2; i++) { const inner = i; }\n{ let z = 1; }');
    expect(t.declared).toEqual([]);
  });

  it('keeps every line and the columns before each edit, so positions map one to one', () => {
    const code = 'const a = 1\n(a)\nlet b\nconst x = y.z;';
    const { body } = transformCell(code);
    const inLines = code.split('\n');
    const outLines = body.split('\n');
    expect(outLines).toHaveLength(inLines.length);
    // `y.z` stays at column 11 of line 4, where the learner wrote it.
    expect(outLines[3].indexOf('y.z')).toBe(inLines[3].indexOf('y.z'));
    // The `;(` guard stops line 1 from being called with line 2's parentheses.
    expect(outLines[0].startsWith(';(')).toBe(true);
  });

  it('reports a syntax error at its line and 1-based column in the cell', () => {
    try {
      transformCell('const a = 1;\nconst b = (a + ;');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CellSyntaxError);
      expect(e).toMatchObject({ line: 2, column: 16 });
    }
  });

  it('rejects import with a message that says what to do instead', () => {
    expect(() => transformCell("import x from 'y';")).toThrow(/tf, ml and the cell helpers are already in scope/);
  });

  it('refuses a top-level declaration named like the cell API, where it is written, naming what it would hide', () => {
    const api = new Set(['seed', 'progress', 'plot', 'print', 'tf']);
    const cases: Array<[string, number, number]> = [
      ['const seed = 42;', 1, 7],
      ['let x = 1;\nlet progress = 0;', 2, 5],
      ['const plot = makeChart();', 1, 7],
      ['function print(x) { return x; }', 1, 10],
      ['class tf {}', 1, 7],
      ['const { a, seed: [print] } = o;', 1, 19],
      ['var progress;', 1, 5],
    ];
    for (const [code, line, column] of cases) {
      try {
        transformCell(code, api);
        expect.unreachable(code);
      } catch (e) {
        expect(e, code).toBeInstanceOf(CellSyntaxError);
        expect((e as CellSyntaxError).message, code).toMatch(
          /is the cell API's \w+: a top-level declaration would hide it from every later cell/,
        );
        expect(e, code).toMatchObject({ line, column });
      }
    }
    // Inside a function or block the name is local and hides nothing shared.
    expect(transformCell('function f() { const seed = 1; return seed; }\n{ let print = 2; }', api).declared).toEqual(['f']);
  });
});

describe('cellColumn', () => {
  it('maps every column of a line the transform widened back to the column the learner wrote', () => {
    const code = 'let a; const b = 1; class K {}; x.y;\nconst c = 2';
    const t = transformCell(code);
    const [inLine, outLine] = [code.split('\n')[0], t.body.split('\n')[0]];
    expect(outLine).toBe(';(  a = undefined); ;(    b = 1); ;K = class K {};; x.y;');
    // What the learner wrote is found at its own column through the map.
    for (const text of ['= 1', 'K {', 'x.y'])
      expect(cellColumn(t.shifts, 1, outLine.indexOf(text) + 1), text).toBe(inLine.indexOf(text) + 1);
    // Text the transform inserted maps to where it was inserted; other lines are unchanged.
    expect(cellColumn(t.shifts, 1, outLine.indexOf('undefined') + 1)).toBe(inLine.indexOf(';') + 1);
    expect(cellColumn(t.shifts, 2, 7)).toBe(7);
  });
});

describe('topLevelDeclarations', () => {
  it('lists the names a cell shares with later cells, where each is declared', () => {
    const code =
      'const { mu, s: [sigma] } = o;\nfunction fit() { const inner = 1; }\nclass Model {}\nlet n;\nfor (let i = 0; i < 2; i++) {}';
    expect(topLevelDeclarations(code)).toEqual([
      { name: 'mu', line: 1, column: 9 },
      { name: 'sigma', line: 1, column: 17 },
      { name: 'fit', line: 2, column: 10 },
      { name: 'Model', line: 3, column: 7 },
      { name: 'n', line: 4, column: 5 },
    ]);
    expect(topLevelDeclarations('const x = (;')).toEqual([]);
  });
});
