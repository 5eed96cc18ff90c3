import { describe, expect, test } from 'vitest';
import {
  ganValue,
  gaussianPdf,
  mixtureLogLikelihood,
  mixturePdf1d,
  optimalDiscriminator,
  optimalDiscriminatorFn,
  twoGaussiansPdf,
} from './density';
import { js } from './divergence';

describe('GAN theory on a discrete space (Goodfellow et al. 2014)', () => {
  const pData = [0.5, 0.3, 0.2, 0];
  const pG = [0.1, 0.2, 0.3, 0.4];
  test('V(D*, G) = −log 4 + 2·JSD(p_data‖p_g) (Theorem 1)', () => {
    const v = ganValue(pData, pG, optimalDiscriminator(pData, pG));
    expect(v).toBeCloseTo(-Math.log(4) + 2 * js(pData, pG), 12);
    expect(v).toBeGreaterThan(-Math.log(4));
  });
  test('V(D*, G) = −log 4 and D* = 1/2 when p_g = p_data', () => {
    const d = optimalDiscriminator(pData, pData);
    expect(d.slice(0, 3)).toEqual([0.5, 0.5, 0.5]);
    expect(ganValue(pData, pData, d)).toBeCloseTo(-Math.log(4), 12);
  });
  test('D* beats any other discriminator', () => {
    const best = ganValue(pData, pG, optimalDiscriminator(pData, pG));
    expect(ganValue(pData, pG, [0.6, 0.5, 0.4, 0.3])).toBeLessThan(best);
  });
  test('D* for known densities', () => {
    const d = optimalDiscriminatorFn(
      (x: number) => gaussianPdf(x, 0, 1),
      (x: number) => gaussianPdf(x, 1, 1),
    );
    expect(d(0.5)).toBeCloseTo(0.5, 12);
    expect(d(0)).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
  });
});

describe('densities', () => {
  test('mixture pdf and log-likelihood agree', () => {
    const m = { weights: [1, 3], means: [-1, 2], stds: [0.5, 1] };
    const xs = [-1, 0, 2.5];
    const direct = xs.reduce((s, x) => s + Math.log(mixturePdf1d(x, m)), 0) / xs.length;
    expect(mixtureLogLikelihood(xs, m)).toBeCloseTo(direct, 12);
    expect(mixturePdf1d(2, m)).toBeCloseTo(0.25 * gaussianPdf(2, -1, 0.5) + 0.75 * gaussianPdf(2, 2, 1), 14);
    expect(() => mixtureLogLikelihood(xs, { ...m, stds: [0.5, -1] })).toThrow(/std must be > 0, got -1/);
  });
  test('two-Gaussian density integrates to 1 on a grid', () => {
    let s = 0;
    const h = 0.01;
    for (let x = -1; x < 2; x += h) for (let y = -1; y < 2; y += h) s += twoGaussiansPdf(x, y) * h * h;
    expect(s).toBeCloseTo(1, 4);
  });
});
