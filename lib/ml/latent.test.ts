import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { attributeVector, latentWalk, lerp, slerp } from './latent';
import { createRng } from './random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const norm = (t: tf.Tensor) => Math.hypot(...t.dataSync());

test('slerp between orthogonal unit vectors follows the quarter circle: (cos, sin) of t·90°', () => {
  const a = tf.tensor1d([1, 0]);
  const b = tf.tensor1d([0, 1]);
  for (const t of [0, 0.25, 0.5, 1]) {
    const p = slerp(a, b, t).dataSync();
    expect(p[0]).toBeCloseTo(Math.cos((t * Math.PI) / 2), 6);
    expect(p[1]).toBeCloseTo(Math.sin((t * Math.PI) / 2), 6);
  }
  // lerp's midpoint of the same pair has norm 1/√2: the shrinkage slerp avoids.
  expect(norm(lerp(a, b, 0.5))).toBeCloseTo(Math.SQRT1_2, 6);
});

test('a walk has both ends exactly and keeps the norm of equal-norm ends', () => {
  const a = tf.tensor1d([3, 0, 4]);
  const b = tf.tensor1d([0, 5, 0]);
  const walk = latentWalk(a, b, 5);
  expect(walk.shape).toEqual([5, 3]);
  const rows = walk.arraySync();
  expect(rows[0][0]).toBeCloseTo(3, 5);
  expect(rows[4][1]).toBeCloseTo(5, 5);
  for (const r of rows) expect(Math.hypot(...r)).toBeCloseTo(5, 4);
});

test('parallel vectors fall back to lerp; bad input is refused with the value', () => {
  const a = tf.tensor1d([1, 1]);
  expect(Array.from(slerp(a, tf.tensor1d([2, 2]), 0.5).dataSync())).toEqual([1.5, 1.5]);
  expect(() => lerp(a, tf.tensor1d([1, 2, 3]), 0.5)).toThrow('lerp: a and b must be noise vectors of the same length, got [2] and [3]');
  expect(() => latentWalk(a, a, 1)).toThrow('latentWalk: steps must be an integer >= 2, got 1');
});

test('attributeVector: top quarter minus bottom quarter of the noise, by score', () => {
  const z = tf.tensor2d(Array.from({ length: 8 }, (_, i) => [i, 2 * i, 1]));
  // Rows 6 and 7 score highest, 0 and 1 lowest: (6.5 − 0.5, 13 − 1, 1 − 1).
  expect(Array.from(attributeVector(z, [0, 1, 2, 3, 4, 5, 6, 7]).dataSync())).toEqual([6, 12, 0]);
  z.dispose();
});

test('for Gaussian noise scored by z·u it points along u, 2φ(q)/¼ ≈ 2.54 long (q the upper quartile of N(0, 1))', () => {
  const r = createRng(3);
  const n = 20000;
  const rows = Array.from({ length: n }, () => [r.normal(), r.normal(), r.normal(), r.normal()]);
  const u = [0.6, 0, 0.8, 0];
  const v = attributeVector(
    tf.tensor2d(rows),
    rows.map((x) => x[0] * u[0] + x[2] * u[2]),
  ).dataSync();
  const q = 0.6744897501960817;
  const expected = (2 * Math.exp((-q * q) / 2)) / Math.sqrt(2 * Math.PI) / 0.25;
  // Each component is a difference of two means of n/4 unit-variance numbers: standard error √(8/n) ≈ 0.02.
  u.forEach((uj, j) => expect(Math.abs(v[j] - expected * uj)).toBeLessThan(4 * Math.sqrt(8 / n)));
});

test('within groups, a difference between the groups does not leak into the vector', () => {
  const r = createRng(4);
  const rows: number[][] = [];
  const scores: number[] = [];
  const groups: number[] = [];
  for (let i = 0; i < 4000; i++) {
    const g = i % 2;
    const x = [r.normal() + 5 * g, r.normal()];
    rows.push(x);
    scores.push(x[1] + 100 * g); // group 1 scores higher whatever its noise
    groups.push(g);
  }
  const z = tf.tensor2d(rows);
  const pooled = attributeVector(z, scores).dataSync();
  const within = attributeVector(z, scores, groups).dataSync();
  expect(pooled[0]).toBeGreaterThan(4); // the group offset, mistaken for the attribute
  expect(Math.abs(within[0])).toBeLessThan(0.2);
  expect(within[1]).toBeGreaterThan(2.3);
  z.dispose();
});

test('attributeVector refuses bad input by value', () => {
  const z = tf.zeros([8, 2]) as tf.Tensor2D;
  expect(() => attributeVector(z, [1, 2])).toThrow('attributeVector: 2 scores for 8 noise vectors');
  expect(() => attributeVector(z, new Array(8).fill(0), [1])).toThrow('attributeVector: 1 groups for 8 noise vectors');
  expect(() => attributeVector(z, [0, 1, 2, 3, 4, 5, 6, NaN])).toThrow('attributeVector: scores must be finite numbers, got NaN');
  expect(() => attributeVector(z, new Array(8).fill(0), [0, 0, 0, 0, 1, 1, 1, 1])).toThrow(
    'attributeVector: needs a group of at least 8 samples',
  );
  const flat = tf.zeros([8]);
  expect(() => attributeVector(flat as unknown as tf.Tensor2D, new Array(8).fill(0))).toThrow(
    'attributeVector: noise must be [n, d], got [8]',
  );
  tf.dispose([z, flat]);
});
