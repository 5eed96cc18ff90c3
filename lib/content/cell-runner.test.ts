import { describe, expect, it } from 'vitest';
import { cellsOf, exerciseOf, numberAfter, numberInCell, runCellsUpTo, runExercise } from './cell-runner';

const mdx = [
  '```js cell id="a" seed=3',
  'const shared = ml.normalArray(2)[0];',
  '```',
  '```js cell id="b"',
  "print('value', shared, 'and', 2.5);",
  '```',
  '<Exercise id="ex">',
  '```js starter',
  'function f() {}',
  '```',
  '```js solution',
  'function f() { return 2; }',
  '```',
  '```js check',
  "check('f is 2', () => closeTo(f(), 2, 1e-9));",
  '```',
  '</Exercise>',
].join('\n');

describe('cell-runner', () => {
  it('reads cells with their seeds, and exercise blocks', () => {
    expect(cellsOf(mdx).map((c) => [c.id, c.seed])).toEqual([
      ['a', 3],
      ['b', null],
    ]);
    expect(exerciseOf(mdx, 'ex').solution).toBe('function f() { return 2; }');
    expect(() => exerciseOf(mdx, 'nope')).toThrow('no <Exercise id="nope">');
  });

  it('runs cells in one shared scope with the kernel’s seeding: same seed, same numbers', async () => {
    const one = await runCellsUpTo(mdx, 'b');
    const two = await runCellsUpTo(mdx, 'b');
    expect(one.prints).toEqual(two.prints);
    expect(numberAfter(one.prints, 'and')).toBe(2.5);
    const reseeded = await runCellsUpTo(mdx, 'a', { seed: 4 });
    expect(reseeded.prints).toEqual([]);
    expect(() => numberAfter(one.prints, 'missing label')).toThrow('no number after "missing label"');
  });

  it('reports each check of an exercise, passing and failing with the check’s message', async () => {
    expect(await runExercise(mdx, 'ex', exerciseOf(mdx, 'ex').solution)).toEqual([{ name: 'f is 2', passed: true }]);
    expect(await runExercise(mdx, 'ex', 'function f() { return 3; }')).toEqual([
      { name: 'f is 2', passed: false, message: 'expected 2 ± 1e-9, got 3' },
    ]);
  });

  it('finds a number in a cell’s code, or says what it could not find', () => {
    expect(numberInCell(mdx, 'b', /and', ([\d.]+)\)/)).toBe(2.5);
    expect(() => numberInCell(mdx, 'b', /D_LR = ([\d.]+)/)).toThrow('cell "b" has nothing matching');
  });
});
