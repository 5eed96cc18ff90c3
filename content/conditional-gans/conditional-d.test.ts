import { describe, expect, test } from 'vitest';
import { conditionalOptimalD, dataPdf, genPdf, MODES, optimalLogit, projectionEmbedding, unconditionalOptimalD } from './conditional-d';

const xs = Array.from({ length: 81 }, (_, i) => -4 + i / 10);

describe('the conditional toy', () => {
  test('a generator that only swaps labels has the data’s marginal: the unconditional D* is 1/2 everywhere', () => {
    for (const swap of [0, 0.3, 0.5, 1]) {
      for (const x of xs) expect(unconditionalOptimalD(x, { swap, shift: 0 })).toBeCloseTo(0.5, 12);
    }
  });

  test('the conditional D* sees the swap: at the centre of label 0’s mode it is 2/3 when half the labels are swapped', () => {
    // p_g(μ₀|0) = ½N(μ₀; μ₀) + ½N(μ₀; μ₁) and N(μ₀; μ₁) is e^-8 of the peak, so D* ≈ 1/(1 + ½).
    expect(conditionalOptimalD(MODES[0], 0, { swap: 0.5, shift: 0 })).toBeCloseTo(2 / 3, 3);
    // …and near 0 on the mode label 0's samples were moved to.
    expect(conditionalOptimalD(MODES[1], 0, { swap: 0.5, shift: 0 })).toBeLessThan(0.01);
  });

  test('a perfect conditional generator leaves D* = 1/2 for every label', () => {
    for (const y of [0, 1, 2]) for (const x of xs) expect(conditionalOptimalD(x, y, { swap: 0, shift: 0 })).toBeCloseTo(0.5, 12);
  });

  test('the logit of D* is the log density ratio of the conditionals', () => {
    const toy = { swap: 0.3, shift: 0.4 };
    for (const y of [0, 1, 2]) {
      for (const x of [-2.5, -0.3, 0, 1.7]) {
        const d = conditionalOptimalD(x, y, toy);
        expect(Math.log(d / (1 - d))).toBeCloseTo(optimalLogit(x, y, toy), 9);
        expect(optimalLogit(x, y, toy)).toBeCloseTo(Math.log(dataPdf(x, y) / genPdf(x, y, toy)), 12);
      }
    }
  });

  test('with shifted but unswapped labels the logit is exactly embed(y)ᵀ(x, 1)', () => {
    const shift = 0.6;
    for (const y of [0, 1, 2]) {
      const [a, b] = projectionEmbedding(y, shift);
      for (const x of xs) expect(optimalLogit(x, y, { swap: 0, shift })).toBeCloseTo(a * x + b, 9);
    }
  });
});
