/**
 * The latent-arithmetic cell, run in Node after the cell that loads the shipped generator, against
 * what the prose says: strokes grow heavier row by row (the mean grey level rises), some digits turn
 * into others on the way, and a vector added to a whole batch is partly cancelled by G's batch norm.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';
import { loadDigitGenerator } from '../../lib/ml/checkpoint';
import { attributeVector } from '../../lib/ml/latent';
import { useNodeAssets } from '../../lib/ml/node-assets';
import { setSeed } from '../../lib/ml/random';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

beforeAll(async () => {
  useNodeAssets();
  await tf.setBackend('wasm');
});

test('along the stroke vector the mean grey level rises row by row, and some digits change', async () => {
  expect(mdx).toContain('the mean grey level rises\nrow by row. Some digits also turn into others on the way');
  const { prints } = await runCellsUpTo(mdx, 'latent-arithmetic', { after: ['latent-walk'] });
  const rows = prints
    .map((p) => /^([+-]?[\d.]+) × stroke vector: mean grey level (-?[\d.]+); (\d+) of 12/.exec(p))
    .filter((m) => m !== null);
  expect(rows.map((m) => Number(m[1]))).toEqual([-1, -0.5, 0, 0.5, 1]);
  const grey = rows.map((m) => Number(m[2]));
  for (let i = 1; i < grey.length; i++) expect(grey[i]).toBeGreaterThan(grey[i - 1]);
  const kept = rows.map((m) => Number(m[3]));
  expect(kept[2]).toBe(12);
  expect(Math.min(kept[0], kept[4])).toBeLessThan(12);
}, 120_000);

test("a vector added to every noise vector of a batch moves the mean grey level less: G's batch norm cancels part of it", async () => {
  setSeed(5);
  const g = await loadDigitGenerator();
  const z = g.noise(2048);
  const samples = g.apply(z);
  const grey = tf.mean(samples, [1, 2, 3]) as tf.Tensor1D;
  const heavier = attributeVector(z, grey);
  const base = g.noise(12);
  const meanGrey = (t: tf.Tensor) => tf.tidy(() => tf.mean(t).dataSync()[0]);
  const [down, up] = [tf.sub(base, heavier), tf.add(base, heavier)] as tf.Tensor2D[];
  const mixed = g.apply(tf.concat([down, base, up]) as tf.Tensor2D);
  const inMixed = tf.tidy(() => meanGrey(mixed.slice([24], [12])) - meanGrey(mixed.slice([0], [12])));
  const alone = tf.tidy(() => meanGrey(g.apply(up)) - meanGrey(g.apply(down)));
  expect(inMixed).toBeGreaterThan(0);
  expect(Math.abs(alone)).toBeLessThan(0.5 * inMixed);
  tf.dispose([z, samples, grey, heavier, base, down, up, mixed]);
  g.dispose();
}, 60_000);
