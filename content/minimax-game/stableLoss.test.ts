import { describe, expect, it } from 'vitest';
import { discriminatorLossFromLogits, naiveDiscriminatorLoss, softplus } from './stableLoss';

describe('discriminator loss from logits', () => {
  it('matches the naive formula where that is finite', () => {
    const real = [-3, -0.5, 0, 1.2, 4];
    const fake = [-4, -1, 0.3, 2];
    expect(discriminatorLossFromLogits(real, fake)).toBeCloseTo(naiveDiscriminatorLoss(real, fake), 12);
  });

  it('is 2 log 2 when D outputs 1/2 everywhere', () => {
    expect(discriminatorLossFromLogits([0], [0])).toBeCloseTo(2 * Math.LN2, 15);
  });

  it('stays finite at logits of ±100 where the naive formula breaks', () => {
    expect(discriminatorLossFromLogits([100], [-100])).toBeCloseTo(0, 12);
    expect(discriminatorLossFromLogits([-100], [100])).toBeCloseTo(200, 9);
    // In float64, 1 − σ(100) rounds to 0, so the naive fake term is −log 0.
    expect(naiveDiscriminatorLoss([-100], [100])).toBe(Infinity);
  });

  it('computes softplus without overflow', () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
  });
});
