/**
 * The digit Inception Score and digit FID cells, run in Node exactly as written in index.mdx (the
 * second after the first, as on the page, on the cpu backend with the shipped classifier and
 * generator), and each claim the prose makes about their tables.
 */
import * as tf from '@tensorflow/tfjs';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import * as ml from '../../lib/ml';
import { useNodeAssets } from '../../lib/ml/node-assets';

type Row = Record<string, number | string>;
const source = fs.readFileSync(path.join(__dirname, 'index.mdx'), 'utf8');

function cellCode(id: string): { code: string; seed: number } {
  const m = new RegExp('^```js cell id="' + id + '"[^\\n]*?seed=(\\d+)[^\\n]*\\n([\\s\\S]*?)^```', 'm').exec(source);
  if (!m) throw new Error(`no cell "${id}" with a seed in index.mdx`);
  return { code: m[2], seed: Number(m[1]) };
}

const tables: Row[][] = [];
const shownLabels: string[] = [];

beforeAll(async () => {
  await tf.setBackend('cpu');
  useNodeAssets();
  const first = cellCode('digit-inception-score');
  const second = cellCode('digit-fid');
  const third = cellCode('digit-nearest-neighbours');
  ml.setSeed(first.seed);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  // One scope for both cells: the second uses the first's classifier and digit sets, as on the page.
  await new AsyncFunction(
    'ml',
    'tf',
    'display',
    'progress',
    'showImages',
    'print',
    `${first.code}\n${second.code}\nml.setSeed(${third.seed});\n${third.code}`,
  )(
    ml,
    tf,
    (rows: Row[]) => tables.push(rows),
    async () => {},
    (images: tf.Tensor, options: { label: string }) => shownLabels.push(options.label),
    () => {},
  );
}, 120_000);

const value = (rows: Row[], key: string, name: string, column: string) => {
  const row = rows.find((r) => r[key] === name);
  if (!row) throw new Error(`no row "${name}" in ${JSON.stringify(rows)}`);
  return row[column] as number;
};

test('digit Inception Score: real digits close to 10, the collapsed generator close to 1, the trained generator in between', () => {
  const is = (name: string) => value(tables[0], 'digits', name, 'Inception Score');
  expect(is('real digits (held out)')).toBeGreaterThan(9);
  expect(is('real digits (held out)')).toBeLessThanOrEqual(10);
  expect(is('collapsed: only 1s')).toBeLessThan(1.2);
  expect(is('the trained generator')).toBeGreaterThan(is('collapsed: only 1s'));
  expect(is('the trained generator')).toBeLessThan(is('real digits (held out)'));
  expect(shownLabels[0]).toContain('trained generator');
});

test('digit FID: real against real far below the generator, the generator many times further, the collapsed one further still', () => {
  const fd = (name: string) => value(tables[1], 'against 1,000 real digits', name, 'Fréchet distance');
  expect(fd('the other 1,000 real digits')).toBeGreaterThan(0);
  expect(fd('the trained generator')).toBeGreaterThan(5 * fd('the other 1,000 real digits'));
  expect(fd('collapsed: only 1s')).toBeGreaterThan(fd('the trained generator'));
});

test('nearest training digits: the generated digits are further from the training set than held-out real digits', () => {
  const rows = tables[2];
  const distance = (name: string) => value(rows, 'digits', name, 'median distance to the nearest training digit');
  expect(distance('the trained generator')).toBeGreaterThan(distance('held-out real digits (reference)'));
  expect(shownLabels[1]).toContain('nearest training digits');
});
