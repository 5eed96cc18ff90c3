import { describe, expect, test } from 'vitest';
import { gaussianPdf, klGaussian1d } from './density';
import { gridJs, histogram1d, histogram2d, js, kl } from './divergence';

const p = [0.1, 0.4, 0.3, 0.2];
const q = [0.25, 0.25, 0.25, 0.25];

describe('kl', () => {
  test('KL(P‖P) = 0', () => {
    expect(kl(p, p)).toBe(0);
  });
  test('KL ≥ 0 on random pairs', () => {
    let min = Infinity;
    for (let t = 0; t < 50; t++) {
      const a = Array.from({ length: 6 }, (_, i) => ((t * 7 + i * 13) % 11) + 0.5);
      const b = Array.from({ length: 6 }, (_, i) => ((t * 5 + i * 3) % 7) + 0.1);
      min = Math.min(min, kl(a, b));
    }
    expect(min).toBeGreaterThanOrEqual(0);
  });
  test('matches the closed form for two Gaussians', () => {
    const [m1, s1, m2, s2] = [0, 1, 1, 2];
    const xs = Array.from({ length: 4001 }, (_, i) => -12 + (24 * i) / 4000);
    const d = kl(
      xs.map((x) => gaussianPdf(x, m1, s1)),
      xs.map((x) => gaussianPdf(x, m2, s2)),
      { eps: 0 },
    );
    const exact = klGaussian1d(m1, s1, m2, s2);
    expect(exact).toBeCloseTo(Math.log(2) + 2 / 8 - 0.5, 12);
    expect(d).toBeCloseTo(exact, 5);
  });
  test('is asymmetric', () => {
    const a = kl(p, q);
    const b = kl(q, p);
    expect(a).toBeCloseTo(0.1 * Math.log(0.4) + 0.4 * Math.log(1.6) + 0.3 * Math.log(1.2) + 0.2 * Math.log(0.8), 8);
    expect(Math.abs(a - b)).toBeGreaterThan(0.01);
  });
  test('smoothing keeps KL finite where Q has empty bins; eps = 0 gives Infinity', () => {
    expect(kl([1, 1], [1, 0], { eps: 0 })).toBe(Infinity);
    expect(Number.isFinite(kl([1, 1], [1, 0]))).toBe(true);
  });
  test('bad arguments throw with the value', () => {
    expect(() => kl([1, 2], [1])).toThrow(/same non-zero length, got 2 and 1/);
    expect(() => kl([1, -2], [1, 1])).toThrow(/got -2/);
    expect(() => kl([1], [1], { eps: -1 })).toThrow(/eps must be >= 0, got -1/);
  });
});

describe('js', () => {
  test('symmetric and ≤ log 2', () => {
    expect(js(p, q)).toBeCloseTo(js(q, p), 14);
    expect(js(p, q)).toBeLessThanOrEqual(Math.LN2);
    expect(js(p, q)).toBeGreaterThan(0);
  });
  test('= log 2 for disjoint supports, 0 for equal', () => {
    expect(js([1, 2, 0, 0], [0, 0, 3, 1])).toBeCloseTo(Math.LN2, 14);
    expect(js(p, p)).toBe(0);
  });
});

describe('histograms', () => {
  test('1-D counts', () => {
    expect(histogram1d([0, 0.1, 0.5, 0.99, 1, 2], { bins: 2, range: [0, 1] })).toEqual([2, 3]);
    expect(() => histogram1d([], { bins: 0, range: [0, 1] })).toThrow(/bins must be an integer >= 1, got 0/);
  });
  test('2-D counts, overflow bin, grid JS', () => {
    const pts = [
      [0.1, 0.1],
      [0.9, 0.1],
      [0.9, 0.9],
      [5, 5],
    ];
    expect(histogram2d(pts, { bins: 2 })).toEqual([1, 0, 1, 1]);
    expect(histogram2d(pts, { bins: 2, overflow: true })).toEqual([1, 0, 1, 1, 1]);
    expect(gridJs([[0.1, 0.1]], [[0.9, 0.9]], { bins: 2 })).toBeCloseTo(Math.LN2, 14);
    expect(gridJs([[0.1, 0.1]], [[3, 3]], { bins: 2 })).toBeCloseTo(Math.LN2, 14);
    expect(() => histogram2d([[1, 2, 3]])).toThrow(/2 columns, got 3/);
  });
});
