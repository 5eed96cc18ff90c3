import { describe, expect, it } from 'vitest';
import { avgLogLikelihood, lagrangianBound } from './lagrangian';

// A geometric-like model on {1..6} and a data set's empirical frequencies.
const p = [0.3, 0.21, 0.15, 0.12, 0.12, 0.1];
const q = [0.5, 0.2, 0.1, 0.1, 0.1, 0];

describe('the Lagrangian upper bound on the log-likelihood', () => {
  it('holds for arbitrary positive multipliers', () => {
    const v = avgLogLikelihood(q, p);
    for (const lambda of [
      [1, 1, 1, 1, 1, 1],
      [2, 0.5, 3, 0.1, 1, 7],
      [0.01, 0.02, 0.03, 0.04, 0.05, 0.06],
    ]) {
      expect(lagrangianBound(q, p, lambda)).toBeGreaterThanOrEqual(v);
    }
  });

  it('is tight at the density ratio λ = q / p (the ideal discriminator)', () => {
    const ratio = q.map((qx, i) => Math.max(qx / p[i], 1e-300));
    expect(lagrangianBound(q, p, ratio)).toBeCloseTo(avgLogLikelihood(q, p), 12);
  });
});
