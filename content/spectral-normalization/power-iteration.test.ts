import { describe, expect, it } from 'vitest';
import { largestSingularValue } from '../../lib/ml';
import { exactSigma, nudge, powerIterationTrace, seededMatrix } from './power-iteration';

describe('power iteration', () => {
  it('gives √45 for [[3, 0], [4, 5]] (WᵀW has eigenvalues 45 and 5)', () => {
    const w = [
      [3, 0],
      [4, 5],
    ];
    expect(exactSigma(w)).toBeCloseTo(Math.sqrt(45), 12);
    expect(powerIterationTrace(w, 30, [1, 0]).sigmas.at(-1)).toBeCloseTo(Math.sqrt(45), 9);
  });

  it('converges to the exact σ of random matrices of every size the figure offers', () => {
    for (const size of [2, 4, 8, 16]) {
      for (const seed of [1, 2, 3]) {
        const w = seededMatrix(size, size, seed);
        const truth = largestSingularValue(w);
        expect(exactSigma(w)).toBeCloseTo(truth, 9);
        const est = powerIterationTrace(w, 300, seededMatrix(1, size, 99)[0]).sigmas.at(-1) as number;
        expect(Math.abs(est - truth) / truth).toBeLessThan(1e-6);
      }
    }
  });

  it('never overestimates: every uᵀWv with unit u, v is at most σ', () => {
    const w = seededMatrix(6, 4, 7);
    const truth = exactSigma(w);
    for (const s of powerIterationTrace(w, 20, [1, 1, 1, 1]).sigmas) expect(s).toBeLessThanOrEqual(truth + 1e-12);
  });

  it('after a small change of W, one iteration from the carried-over v is already close', () => {
    const w = seededMatrix(8, 8, 5);
    const { v } = powerIterationTrace(w, 200, seededMatrix(1, 8, 1)[0]);
    const w2 = nudge(w, 0.01, 11);
    const warm = powerIterationTrace(w2, 1, v).sigmas[0];
    const cold = powerIterationTrace(w2, 1, seededMatrix(1, 8, 1)[0]).sigmas[0];
    const truth = exactSigma(w2);
    expect(Math.abs(warm - truth) / truth).toBeLessThan(1e-3);
    expect(Math.abs(cold - truth)).toBeGreaterThan(Math.abs(warm - truth));
  });

  it('names the mismatch when the start vector has the wrong length', () => {
    expect(() => powerIterationTrace([[1, 2]], 1, [1])).toThrow(/length 1, W has 2 columns/);
  });
});
