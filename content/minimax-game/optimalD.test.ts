import { describe, expect, it } from 'vitest';
import { gameAtOptimum, gaussPdf, optimalD } from './optimalD';

const LOG4 = Math.log(4);

describe('optimal discriminator', () => {
  it('is 1/2 everywhere and the value is −log 4 when p_g = p_data', () => {
    const g = { mean: 0.5, std: 0.8 };
    const r = gameAtOptimum(g, g, -8, 8);
    for (const d of r.dStar) expect(d).toBeCloseTo(0.5, 12);
    expect(r.value).toBeCloseTo(-LOG4, 6);
    expect(r.jsd).toBeCloseTo(0, 10);
  });

  it('gives V(D*, G) = −log 4 + 2·JSD for unequal Gaussians', () => {
    for (const [m, s] of [
      [1, 1],
      [-2, 0.5],
      [0.3, 2],
    ]) {
      const r = gameAtOptimum({ mean: 0, std: 1 }, { mean: m, std: s }, -15, 15, 4000);
      expect(r.value).toBeCloseTo(-LOG4 + 2 * r.jsd, 9);
      expect(r.jsd).toBeGreaterThan(0);
      expect(r.jsd).toBeLessThan(Math.LN2);
    }
  });

  it('approaches value 0 and JSD log 2 when the supports barely overlap', () => {
    const r = gameAtOptimum({ mean: -10, std: 0.5 }, { mean: 10, std: 0.5 }, -15, 15, 6000);
    expect(r.value).toBeCloseTo(0, 6);
    expect(r.jsd).toBeCloseTo(Math.LN2, 6);
  });

  it('maximises the pointwise objective p log D + q log(1 − D)', () => {
    const p = 0.7;
    const q = 0.2;
    const f = (d: number) => p * Math.log(d) + q * Math.log(1 - d);
    const dStar = optimalD(p, q);
    expect(dStar).toBeCloseTo(p / (p + q), 15);
    for (const d of [0.1, 0.5, dStar - 0.01, dStar + 0.01, 0.95]) expect(f(d)).toBeLessThan(f(dStar));
  });

  it('integrates the Gaussian density to 1', () => {
    let s = 0;
    for (let i = 0; i < 2000; i++) s += gaussPdf(-10 + (i + 0.5) * 0.01, { mean: 0, std: 1 }) * 0.01;
    expect(s).toBeCloseTo(1, 8);
  });
});
