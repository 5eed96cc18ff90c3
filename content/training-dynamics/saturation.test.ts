import { describe, expect, it } from 'vitest';
import { nonSaturatingGrad, nonSaturatingLoss, saturatingGrad, saturatingLoss, sigmoid } from './saturation';

const numericGrad = (f: (a: number) => number, a: number, h = 1e-5) => (f(a + h) - f(a - h)) / (2 * h);

describe('generator losses against the logit', () => {
  it('have the closed-form derivatives the chapter derives', () => {
    for (const a of [-6, -2, -0.3, 0, 0.7, 3, 8]) {
      expect(saturatingGrad(a)).toBeCloseTo(numericGrad(saturatingLoss, a), 8);
      expect(nonSaturatingGrad(a)).toBeCloseTo(numericGrad(nonSaturatingLoss, a), 8);
    }
  });

  it('agree with log(1 − σ) and −log σ computed directly', () => {
    for (const a of [-5, 0, 2.5]) {
      expect(saturatingLoss(a)).toBeCloseTo(Math.log(1 - sigmoid(a)), 12);
      expect(nonSaturatingLoss(a)).toBeCloseTo(-Math.log(sigmoid(a)), 12);
    }
  });

  it('saturate on opposite sides: −σ(a) → 0 and σ(a) − 1 → −1 when D is sure the sample is fake', () => {
    expect(Math.abs(saturatingGrad(-10))).toBeLessThan(5e-5);
    expect(nonSaturatingGrad(-10)).toBeCloseTo(-1, 4);
    expect(saturatingGrad(10)).toBeCloseTo(-1, 4);
    expect(Math.abs(nonSaturatingGrad(10))).toBeLessThan(5e-5);
  });

  it('have equal slopes −1/2 where D is undecided (a = 0, D = 1/2)', () => {
    expect(saturatingGrad(0)).toBe(-0.5);
    expect(nonSaturatingGrad(0)).toBe(-0.5);
  });

  it('share the same minimiser direction: both losses fall as a grows', () => {
    expect(saturatingLoss(1)).toBeLessThan(saturatingLoss(0));
    expect(nonSaturatingLoss(1)).toBeLessThan(nonSaturatingLoss(0));
  });

  it('differ by the factor e^−a: about 148 at a = −5, where D(G(z)) ≈ 0.0067', () => {
    for (const a of [-5, -2, 1]) expect(nonSaturatingGrad(a) / saturatingGrad(a)).toBeCloseTo(Math.exp(-a), 9);
    expect(sigmoid(-5)).toBeCloseTo(0.0067, 4);
  });
});
