/**
 * A data set given as points (the learner's drawing, an uploaded CSV) used like a built-in one:
 * n points drawn with replacement, each moved by a little Gaussian jitter so that a generator
 * learns the shape rather than memorising a few hundred exact dots (GAN Lab does the same).
 */
import * as tf from '@tensorflow/tfjs';
import { rng, type Rng } from './random';
import type { Sampler } from './data';

/** Default jitter: 1% of the unit square the drawing canvas shows. */
const JITTER = 0.01;

function checkPoints(where: string, points: ArrayLike<number>): void {
  if (points.length < 2 || points.length % 2 !== 0) {
    throw new Error(`${where}: expected a flat list of 2-D points [x0, y0, x1, y1, …], got ${points.length} numbers`);
  }
}

/** n points (flat [n, 2]) resampled from `points` (flat [m, 2]) with Gaussian jitter of std `jitter`. */
export function resampleArray(points: ArrayLike<number>, n: number, jitter = JITTER, r: Rng = rng()): Float32Array {
  checkPoints('resampleArray', points);
  if (!Number.isInteger(n) || n < 1) throw new Error(`resampleArray: n must be an integer >= 1, got ${n}`);
  const m = points.length / 2;
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const j = Math.min(m - 1, Math.floor(r.next() * m));
    out[2 * i] = points[2 * j]! + jitter * r.normal();
    out[2 * i + 1] = points[2 * j + 1]! + jitter * r.normal();
  }
  return out;
}

/** A Sampler (n ⇒ [n, 2] tensor) over `points`, for createTrainer's `data`. */
export function pointsSampler(points: ArrayLike<number>, jitter = JITTER): Sampler {
  checkPoints('pointsSampler', points);
  return (n) => tf.tensor2d(resampleArray(points, n, jitter), [n, 2]);
}
