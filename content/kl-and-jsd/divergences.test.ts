import { describe, expect, it } from 'vitest';
import { gaussianPdf, linspace } from '@minimax/figure';
import {
  BIMODAL,
  jsdDiscrete,
  jsdGaussians,
  klDiscrete,
  klGaussian,
  klOnGrid,
  mixtureMoments,
  projectionLoss,
  type Objective,
} from './divergences';

const P = [0.5, 0.3, 0.2];
const Q = [0.1, 0.2, 0.7];

describe('discrete KL and JSD (the definitions section)', () => {
  it('KL(P‖P) = 0 and KL ≥ 0', () => {
    expect(klDiscrete(P, P)).toBe(0);
    expect(klDiscrete(P, Q)).toBeGreaterThan(0);
    expect(klDiscrete(Q, P)).toBeGreaterThan(0);
  });

  it('KL is asymmetric: the worked example in the text', () => {
    // Σ p log(p/q) by hand.
    const pq = 0.5 * Math.log(5) + 0.3 * Math.log(1.5) + 0.2 * Math.log(0.2 / 0.7);
    expect(klDiscrete(P, Q)).toBeCloseTo(pq, 12);
    expect(klDiscrete(P, Q)).toBeCloseTo(0.676, 3);
    expect(klDiscrete(Q, P)).toBeCloseTo(0.635, 3);
  });

  it('KL is infinite when Q misses mass that P has', () => {
    expect(klDiscrete([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDiscrete([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 12);
  });

  it('JSD is symmetric, zero on equal inputs and below log 2', () => {
    expect(jsdDiscrete(P, Q)).toBeCloseTo(jsdDiscrete(Q, P), 14);
    expect(jsdDiscrete(P, P)).toBe(0);
    expect(jsdDiscrete(P, Q)).toBeGreaterThan(0);
    expect(jsdDiscrete(P, Q)).toBeLessThan(Math.log(2));
  });

  it('JSD = log 2 (1 bit) exactly for disjoint supports', () => {
    expect(jsdDiscrete([0.3, 0.7, 0, 0], [0, 0, 0.4, 0.6])).toBeCloseTo(Math.log(2), 14);
    expect(jsdDiscrete([1, 0], [0, 1]) / Math.log(2)).toBeCloseTo(1, 14);
  });

  it('rejects mismatched lengths and negative entries with the values in the message', () => {
    expect(() => klDiscrete([1], [0.5, 0.5])).toThrow(/1 and 2/);
    expect(() => jsdDiscrete([-0.1, 1.1], [0.5, 0.5])).toThrow(/-0.1/);
  });
});

describe('two Gaussians (the side-by-side figure)', () => {
  it('closed-form KL matches numerical integration', () => {
    const xs = linspace(-20, 20, 8001);
    const dx = xs[1] - xs[0];
    const p = xs.map((x) => gaussianPdf(x, 0, 1));
    const q = xs.map((x) => gaussianPdf(x, 2, 1.5));
    expect(klOnGrid(p, q, dx)).toBeCloseTo(klGaussian(0, 1, 2, 1.5), 6);
  });

  it('equal widths: KL = d²/(2σ²) in both directions; unequal widths: asymmetric', () => {
    expect(klGaussian(0, 1, 3, 1)).toBeCloseTo(4.5, 12);
    expect(klGaussian(3, 1, 0, 1)).toBeCloseTo(4.5, 12);
    expect(klGaussian(0, 1, 0, 2)).not.toBeCloseTo(klGaussian(0, 2, 0, 1), 3);
  });

  it('JSD grows with distance towards, and never past, log 2 while KL grows without bound', () => {
    const ds = [0, 1, 2, 4, 8, 16];
    const j = ds.map((d) => jsdGaussians(0, 1, d, 1));
    expect(j[0]).toBeCloseTo(0, 8);
    for (let i = 1; i < j.length; i++) expect(j[i]).toBeGreaterThan(j[i - 1]);
    for (const v of j) expect(v).toBeLessThanOrEqual(Math.log(2) + 1e-9);
    expect(j[j.length - 1]).toBeCloseTo(Math.log(2), 6);
    expect(klGaussian(0, 1, 16, 1)).toBeCloseTo(128, 9);
  });
});

describe('information projection onto one Gaussian (the bimodal cell)', () => {
  function bestFit(kind: Objective) {
    const xs = linspace(-8, 8, 401);
    let best = { loss: Infinity, mu: 0, sigma: 0 };
    for (let mu = -2.4; mu <= 0.4; mu += 0.02) {
      for (let sigma = 0.4; sigma <= 2; sigma += 0.02) {
        const loss = projectionLoss(kind, BIMODAL, mu, sigma, xs);
        if (loss < best.loss) best = { loss, mu, sigma };
      }
    }
    return best;
  }
  const forward = bestFit('forward');
  const reverse = bestFit('reverse');
  const jsd = bestFit('jsd');

  it('forward KL matches the moments of the mixture (mode covering)', () => {
    const m = mixtureMoments(BIMODAL);
    expect(m.mean).toBeCloseTo(-0.96, 12);
    expect(m.std).toBeCloseTo(Math.sqrt(0.49 + 2.56 - 0.96 ** 2), 12);
    expect(forward.mu).toBeCloseTo(m.mean, 1);
    expect(forward.sigma).toBeCloseTo(m.std, 1);
  });

  it('reverse KL locks onto the big mode with about its width (mode seeking)', () => {
    expect(Math.abs(reverse.mu - -1.6)).toBeLessThan(0.1);
    expect(Math.abs(reverse.sigma - 0.7)).toBeLessThan(0.1);
  });

  it('JSD sits between them: on the big mode, but wider and nudged towards the small one', () => {
    expect(jsd.mu).toBeGreaterThan(reverse.mu);
    expect(jsd.mu).toBeLessThan(forward.mu);
    expect(jsd.sigma).toBeGreaterThan(reverse.sigma);
    expect(jsd.sigma).toBeLessThan(forward.sigma);
    expect(jsd.loss).toBeLessThan(Math.log(2));
  });
});

describe('numbers quoted in the information-projection section', () => {
  const xs = linspace(-8, 8, 401);
  const jsdAt = (mu: number, sigma: number) => projectionLoss('jsd', BIMODAL, mu, sigma, xs);

  it('the cell’s JSD fit (−1.10, 1.30) is a local minimum', () => {
    const here = jsdAt(-1.102, 1.303);
    for (const [dm, ds] of [
      [0.05, 0],
      [-0.05, 0],
      [0, 0.05],
      [0, -0.05],
    ]) {
      expect(jsdAt(-1.102 + dm, 1.303 + ds)).toBeGreaterThan(here);
    }
  });

  it('the narrow JSD minimum near (−1.50, 0.82) is lower by about 0.002 nats', () => {
    const gap = jsdAt(-1.102, 1.303) - jsdAt(-1.507, 0.823);
    expect(gap).toBeGreaterThan(0.001);
    expect(gap).toBeLessThan(0.003);
  });
});

describe('the classifier estimate of JSD', () => {
  it('the value of the optimal classifier D* = p/(p+q) is JSD − log 2', () => {
    const xs = linspace(-12, 14, 20001);
    const dx = xs[1] - xs[0];
    const p = xs.map((x) => gaussianPdf(x, 0, 1));
    const q = xs.map((x) => gaussianPdf(x, 2, 1.5));
    let value = 0;
    for (let i = 0; i < xs.length; i++) {
      const d = p[i] / (p[i] + q[i]);
      if (p[i] > 0) value += 0.5 * p[i] * Math.log(d) * dx;
      if (q[i] > 0) value += 0.5 * q[i] * Math.log(1 - d) * dx;
    }
    expect(Math.log(2) + value).toBeCloseTo(jsdGaussians(0, 1, 2, 1.5), 6);
    expect(jsdGaussians(0, 1, 2, 1.5)).toBeCloseTo(0.2532, 4);
  });

  it('the exercise’s worked value', () => {
    expect(jsdDiscrete([1, 0], [0.5, 0.5])).toBeCloseTo(0.75 * Math.log(4 / 3), 14);
  });
});
