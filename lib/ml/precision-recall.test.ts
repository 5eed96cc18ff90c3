import { describe, expect, test } from 'vitest';
import { dataArray, ringModes } from './data';
import { precisionRecall } from './precision-recall';
import { createRng, setSeed } from './random';

describe('precisionRecall (k-NN manifolds)', () => {
  test('hand-computed 1-D case', () => {
    // real [0,1,2,3], k = 1: radii 1 → manifold [−1, 4]. fake [0.5, 3.9, 10, 12.5], k = 1: radii 3.4, 3.4, 2.5, 2.5.
    // Precision: 0.5 and 3.9 lie in the real manifold, 10 and 12.5 do not → 1/2.
    // Recall: the ball around 0.5 (radius 3.4) holds every real point → 1.
    expect(precisionRecall([0, 1, 2, 3], [0.5, 3.9, 10, 12.5], 1, 1)).toEqual({ precision: 0.5, recall: 1 });
    // Swapping the roles swaps the numbers' meaning: real [0.5, 3.9, 10, 12.5] covers all of [0,1,2,3].
    expect(precisionRecall([0.5, 3.9, 10, 12.5], [0, 1, 2, 3], 1, 1)).toEqual({ precision: 1, recall: 0.5 });
  });

  test('samples of the data distribution itself score high on both', () => {
    setSeed(3);
    const pr = precisionRecall(dataArray('ring', 600), dataArray('ring', 600), 3, 2);
    expect(pr.precision).toBeGreaterThan(0.9);
    expect(pr.recall).toBeGreaterThan(0.9);
  });

  test('a generator collapsed onto one of 8 modes: precision ≈ 1, recall ≈ 1/8', () => {
    setSeed(4);
    const real = dataArray('ring', 800);
    const { centres, std } = ringModes();
    const r = createRng(9);
    const collapsed = Array.from({ length: 800 }, () => [centres[0][0] + std * r.normal(), centres[0][1] + std * r.normal()]);
    const pr = precisionRecall(real, collapsed, 3, 2);
    expect(pr.precision).toBeGreaterThan(0.9);
    expect(pr.recall).toBeGreaterThan(0.08);
    expect(pr.recall).toBeLessThan(0.17);
  });

  test('a blurry generator (the ring plus wide noise): low precision, high recall', () => {
    setSeed(5);
    const real = dataArray('ring', 800);
    const r = createRng(10);
    const blurry = Array.from(dataArray('ring', 800), (v) => v + 0.5 * r.normal());
    const pr = precisionRecall(real, blurry, 3, 2);
    expect(pr.precision).toBeLessThan(0.3);
    expect(pr.recall).toBeGreaterThan(0.9);
  });
});
