import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { latentWalk, lerp, slerp } from './latent';

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
