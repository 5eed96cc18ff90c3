import { describe, expect, test } from 'vitest';
import { jacobiEigen, largestSingularValue, matMul, powerIteration, sqrtPsd } from './linalg';

const W = [
  [2, -1, 0.5],
  [0.3, 1.5, -2],
  [1, 0, 1],
  [-0.5, 2, 0.2],
];

describe('jacobiEigen', () => {
  test('eigenvalues of a known symmetric matrix', () => {
    const { values, vectors } = jacobiEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12);
  });
  test('rejects non-square input', () => {
    expect(() => jacobiEigen([[1, 2]])).toThrow(/must be square, got 1×2/);
  });
  test('sqrtPsd squares back', () => {
    const s = [
      [4, 1],
      [1, 3],
    ];
    const r = sqrtPsd(s);
    const back = matMul(r, r);
    expect(back[0][0]).toBeCloseTo(4, 10);
    expect(back[0][1]).toBeCloseTo(1, 10);
    expect(back[1][1]).toBeCloseTo(3, 10);
  });
});

describe('power iteration', () => {
  test('converges to the largest singular value from eig(WᵀW)', () => {
    const sigma = largestSingularValue(W);
    const { sigmas } = powerIteration(W, 50, { seed: 1 });
    expect(sigmas.at(-1)).toBeCloseTo(sigma, 8);
    expect(sigmas[0]).toBeLessThanOrEqual(sigma + 1e-12);
    expect(sigma).toBeGreaterThan(2.5);
  });
  test('diagonal matrix: σ = largest |entry|', () => {
    expect(
      largestSingularValue([
        [3, 0],
        [0, -5],
      ]),
    ).toBeCloseTo(5, 12);
    expect(
      powerIteration(
        [
          [3, 0],
          [0, -5],
        ],
        60,
        { seed: 2 },
      ).sigmas.at(-1),
    ).toBeCloseTo(5, 8);
  });
  test('bad iterations throw', () => {
    expect(() => powerIteration(W, 0)).toThrow(/iterations must be an integer >= 1, got 0/);
  });
});
