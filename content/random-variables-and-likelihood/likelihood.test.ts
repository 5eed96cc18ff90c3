import { describe, expect, it } from 'vitest';
import {
  empirical,
  entropy,
  fitGeometric,
  gaussianMle,
  genGeom,
  geometricAvgLogLik,
  geometricMle,
  geometricPmf,
  kde1d,
  klEmpiricalToGeometric,
  mulberry32,
} from './likelihood';

describe('gen_geom by inverse transform', () => {
  it('matches the pmf (1 − p)^(k−1) p on 200 000 draws', () => {
    const u = mulberry32(7);
    const n = 200_000;
    const p = 0.3;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const x = genGeom(p, u);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    for (const k of [1, 2, 3, 5, 8]) expect((counts.get(k) ?? 0) / n).toBeCloseTo(geometricPmf(k, p), 2);
  });

  it('P(X > k) = (1 − p)^k: the inverse transform hits the tail exactly', () => {
    // X > k  ⇔  −ln Z / λ > k  ⇔  Z < (1 − p)^k; check at the boundary values of Z.
    const p = 0.25;
    const z = (1 - p) ** 3;
    expect(genGeom(p, () => 1 - (z + 1e-12))).toBe(3);
    expect(genGeom(p, () => 1 - (z - 1e-12))).toBe(4);
  });

  it('rejects p outside (0, 1) naming the value', () => {
    expect(() => geometricPmf(1, 1.2)).toThrow(/1.2/);
  });
});

describe('maximum likelihood for the geometric', () => {
  const xs = [1, 3, 2, 6, 1, 1, 4, 2];

  it('the closed form p̂ = 1/x̄ maximises the log-likelihood', () => {
    const pHat = geometricMle(xs);
    expect(pHat).toBeCloseTo(8 / 20, 14);
    for (const p of [pHat - 0.01, pHat + 0.01, 0.1, 0.9]) {
      expect(geometricAvgLogLik(xs, p)).toBeLessThan(geometricAvgLogLik(xs, pHat));
    }
  });

  it('gradient ascent in the logit converges to 1/x̄', () => {
    const rows = fitGeometric(xs, 0.9, 0.5, 200);
    expect(rows[rows.length - 1].p).toBeCloseTo(0.4, 8);
  });

  it('NLL − KL(P̂‖P_p) is the entropy of the data at every step of the fit', () => {
    const h = entropy(empirical(xs).values());
    for (const r of fitGeometric(xs, 0.05, 0.5, 40)) expect(r.nll - r.kl).toBeCloseTo(h, 12);
    expect(klEmpiricalToGeometric(xs, geometricMle(xs))).toBeGreaterThan(0);
  });
});

describe('Gaussian MLE and Parzen windows', () => {
  it('the MLE is the sample mean and the 1/n standard deviation', () => {
    const { mu, sigma } = gaussianMle([1, 2, 3, 4]);
    expect(mu).toBe(2.5);
    expect(sigma).toBeCloseTo(Math.sqrt(1.25), 14);
  });

  it('a KDE integrates to 1 and tends to a spike train as h → 0', () => {
    const samples = [-1, 0.2, 2];
    let area = 0;
    for (let x = -10; x <= 10; x += 0.001) area += kde1d(samples, 0.5, x) * 0.001;
    expect(area).toBeCloseTo(1, 4);
    expect(kde1d(samples, 0.01, 0.2)).toBeGreaterThan(10);
    expect(kde1d(samples, 0.01, 1)).toBeLessThan(1e-100);
  });
});
