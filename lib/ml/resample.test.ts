import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { pointsSampler, resampleArray } from './resample';
import { setSeed as seed } from './random';

describe('resampling a drawn data set', () => {
  const points = [0.2, 0.2, 0.8, 0.2, 0.5, 0.9];

  it('draws every point near one of the given points, each about equally often', () => {
    seed(3);
    const n = 3000;
    const out = resampleArray(points, n, 0.01);
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const d = [0, 1, 2].map((j) => Math.hypot(out[2 * i]! - points[2 * j]!, out[2 * i + 1]! - points[2 * j + 1]!));
      const nearest = d.indexOf(Math.min(...d));
      // Five standard deviations of 2-D jitter: no sample strays further.
      expect(d[nearest]).toBeLessThan(0.05);
      counts[nearest]! += 1;
    }
    for (const c of counts) expect(c / n).toBeCloseTo(1 / 3, 1);
  });

  it('has the jitter it is given: zero jitter repeats the points exactly', () => {
    seed(1);
    const out = resampleArray(points, 50, 0);
    for (let i = 0; i < 50; i++) {
      const hit = [0, 1, 2].some((j) => out[2 * i] === Math.fround(points[2 * j]!) && out[2 * i + 1] === Math.fround(points[2 * j + 1]!));
      expect(hit).toBe(true);
    }
  });

  it('is reproducible under a seed, and a sampler returns [n, 2] tensors', () => {
    seed(7);
    const a = resampleArray(points, 10);
    seed(7);
    expect(resampleArray(points, 10)).toEqual(a);
    const t = pointsSampler(points)(16);
    expect(t.shape).toEqual([16, 2]);
    t.dispose();
    expect(tf.memory().numTensors).toBe(0);
  });

  it.each([
    ['no points', []],
    ['an odd count of numbers', [0.1, 0.2, 0.3]],
  ])('refuses %s with a message that names the expected shape', (_, bad) => {
    expect(() => pointsSampler(bad)).toThrow(/flat list of 2-D points/);
    expect(() => resampleArray(bad, 5)).toThrow(/flat list of 2-D points/);
  });
});
