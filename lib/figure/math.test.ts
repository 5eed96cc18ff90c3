import { describe, expect, it } from 'vitest';
import { gaussianPdf, histogram, linspace, mixturePdf, seededNormals, seededRandom } from './math';

/** Trapezoid rule on a uniform grid, to check densities integrate to one. */
function integrate(f: (x: number) => number, lo: number, hi: number, n = 4001): number {
  const xs = linspace(lo, hi, n);
  const h = xs[1] - xs[0];
  return xs.reduce((s, x, i) => s + (i === 0 || i === n - 1 ? 0.5 : 1) * f(x), 0) * h;
}

describe('linspace', () => {
  it('includes both ends with equal spacing', () => {
    expect(linspace(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
  it('hits the end exactly even when the step does not divide evenly', () => {
    expect(linspace(0, 1, 7).at(-1)).toBe(1);
  });
  it('rejects fewer than two points, naming the value', () => {
    expect(() => linspace(0, 1, 1)).toThrow('got 1');
  });
});

describe('gaussianPdf', () => {
  it('peaks at 1/(σ√(2π)) at the mean', () => {
    expect(gaussianPdf(2, 2, 0.5)).toBeCloseTo(1 / (0.5 * Math.sqrt(2 * Math.PI)), 12);
  });
  it('is e^{-1/2} of the peak one σ away', () => {
    expect(gaussianPdf(1) / gaussianPdf(0)).toBeCloseTo(Math.exp(-0.5), 12);
  });
  it('integrates to one', () => {
    expect(integrate((x) => gaussianPdf(x, 1, 0.7), -8, 10)).toBeCloseTo(1, 6);
  });
  it('rejects a non-positive σ', () => {
    expect(() => gaussianPdf(0, 0, 0)).toThrow('sigma must be > 0, got 0');
  });
});

describe('mixturePdf', () => {
  const parts = [
    { weight: 1, mu: -2, sigma: 0.5 },
    { weight: 3, mu: 2, sigma: 1 },
  ];
  it('is the weight-normalised sum of its components', () => {
    expect(mixturePdf(0.3, parts)).toBeCloseTo(0.25 * gaussianPdf(0.3, -2, 0.5) + 0.75 * gaussianPdf(0.3, 2, 1), 14);
  });
  it('integrates to one', () => {
    expect(integrate((x) => mixturePdf(x, parts), -10, 10)).toBeCloseTo(1, 6);
  });
  it('rejects an empty mixture', () => {
    expect(() => mixturePdf(0, [])).toThrow('positive weight');
  });
});

describe('seeded samples', () => {
  it('repeat for the same seed and differ for another', () => {
    expect(seededNormals(5, 7)).toEqual(seededNormals(5, 7));
    expect(seededNormals(5, 7)).not.toEqual(seededNormals(5, 8));
  });
  it('stay in [0, 1)', () => {
    const u = seededRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = u();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
  it('have mean 0 and variance 1 within sampling error', () => {
    const xs = seededNormals(20_000, 3);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    // Standard errors: 1/√n ≈ 0.007 for the mean, √(2/n) ≈ 0.01 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
    expect(xs).toHaveLength(20_000);
  });
  it('return an odd count exactly', () => {
    expect(seededNormals(3, 1)).toHaveLength(3);
  });
});

describe('histogram', () => {
  it('counts samples per bin, the top edge going to the last bin', () => {
    const bins = histogram([0, 0.1, 0.5, 0.99, 1], [0, 1], 2);
    expect(bins.map((b) => b.count)).toEqual([2, 3]);
    expect(bins[0]).toMatchObject({ x0: 0, x1: 0.5 });
  });
  it('has density that integrates to the fraction of samples inside the domain', () => {
    const bins = histogram([-5, 0.2, 0.4, 0.6], [0, 1], 4);
    expect(bins.reduce((s, b) => s + b.density * (b.x1 - b.x0), 0)).toBeCloseTo(0.75, 12);
  });
  it('matches a standard normal density where there are many samples', () => {
    const bins = histogram(seededNormals(50_000, 11), [-4, 4], 16);
    const middle = bins[8]; // [0, 0.5): exact mass 0.19146 over width 0.5
    expect(middle.density).toBeCloseTo(0.19146 / 0.5, 1);
  });
  it('rejects an empty domain, naming it', () => {
    expect(() => histogram([], [1, 1], 3)).toThrow('got [1, 1]');
  });
});
