import { describe, expect, test } from 'vitest';
import { bilinearGame } from './games';
import { dataArray, noiseArray } from './data';
import { createRng, geometricPmf, mulberry32, sampleCategorical, sampleGeometric, setSeed } from './random';

describe('seeded randomness', () => {
  test('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
  test('setSeed makes data and noise reproducible', () => {
    setSeed(9);
    const d1 = dataArray('ring', 10);
    const n1 = noiseArray('ganlab', 10, 2);
    setSeed(9);
    expect(dataArray('ring', 10)).toEqual(d1);
    expect(noiseArray('ganlab', 10, 2)).toEqual(n1);
    expect(() => setSeed(1.5)).toThrow('setSeed: seed must be a finite integer, got 1.5');
  });
  test('normals have mean 0 and variance 1; ganlab noise stays within ±2σ', () => {
    const r = createRng(3);
    const xs = Array.from({ length: 20000 }, () => r.normal());
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
    // Four standard errors: 1/√n for the mean, √(2/n) for the variance.
    expect(Math.abs(m)).toBeLessThan(4 / Math.sqrt(xs.length));
    expect(Math.abs(v - 1)).toBeLessThan(4 * Math.sqrt(2 / xs.length));
    const z = noiseArray('ganlab', 5000, 2);
    expect(Math.min(...z)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...z)).toBeLessThanOrEqual(1);
  });
  test('two-Gaussian data has the right component means', () => {
    setSeed(11);
    const d = dataArray('two-gaussians', 20000);
    let mx = 0;
    let my = 0;
    for (let i = 0; i < d.length; i += 2) {
      mx += d[i];
      my += d[i + 1];
    }
    expect(mx / 20000).toBeCloseTo(0.5, 2);
    expect(my / 20000).toBeCloseTo(0.55, 2);
  });
});

describe('geometric sampler by inverse transform', () => {
  test('mean ≈ 1/p and P(X=1) ≈ p', () => {
    const p = 0.3;
    const xs = sampleGeometric(p, 20000, createRng(5));
    // Four standard errors: √(1 − p)/p / √n for the mean, √(p(1 − p)/n) for the share of ones.
    const n = xs.length;
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / n - 1 / p)).toBeLessThan((4 * Math.sqrt(1 - p)) / p / Math.sqrt(n));
    expect(Math.abs(xs.filter((x) => x === 1).length / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    expect(Math.min(...xs)).toBe(1);
  });
  test('pmf sums to 1 and matches (1−p)^(k−1)p', () => {
    let s = 0;
    for (let k = 1; k < 200; k++) s += geometricPmf(k, 0.2);
    expect(s).toBeCloseTo(1, 12);
    expect(geometricPmf(3, 0.5)).toBe(0.125);
    expect(geometricPmf(0, 0.5)).toBe(0);
    expect(() => sampleGeometric(0, 1)).toThrow('sampleGeometric: p must be in (0, 1], got 0');
  });
});

describe('bilinear game min_x max_y xy', () => {
  test('simultaneous steps spiral out by √(1+η²) per step', () => {
    const { x, y } = bilinearGame({ x0: 1, y0: 0, lr: 0.1, steps: 100 });
    expect(x.length).toBe(101);
    expect(Math.hypot(x[100], y[100])).toBeCloseTo(Math.pow(1 + 0.01, 50), 10);
  });
  test('alternating steps stay bounded (x² + y² − ηxy is conserved)', () => {
    const eta = 0.1;
    const { x, y } = bilinearGame({ x0: 1, y0: 0, lr: eta, steps: 1000, mode: 'alternating' });
    const inv = (i: number) => x[i] ** 2 + y[i] ** 2 - eta * x[i] * y[i];
    expect(inv(1000)).toBeCloseTo(inv(0), 10);
    expect(Math.max(...x.map((v, i) => Math.hypot(v, y[i])))).toBeLessThan(1.1);
  });
  test('bad mode throws', () => {
    expect(() => bilinearGame({ mode: 'both' as never })).toThrow(/got both/);
  });
});

describe('sampleCategorical', () => {
  test('draws each index with probability ∝ its weight, never a zero weight, first or last', () => {
    const weights = [0, 1, 0, 3, 0];
    const n = 20000;
    const counts = [0, 0, 0, 0, 0];
    for (const k of sampleCategorical(weights, n, createRng(8))) counts[k]++;
    expect([counts[0], counts[2], counts[4]]).toEqual([0, 0, 0]);
    // P(3) = 3/4: within four standard errors √(p(1−p)/n).
    expect(Math.abs(counts[3] / n - 0.75)).toBeLessThan(4 * Math.sqrt((0.75 * 0.25) / n));
    expect(sampleCategorical([0, 0, 2], 5, createRng(1))).toEqual([2, 2, 2, 2, 2]);
  });
  test('the same seed draws the same indices; bad weights are refused by value', () => {
    expect(sampleCategorical([1, 2, 3], 50, createRng(4))).toEqual(sampleCategorical([1, 2, 3], 50, createRng(4)));
    expect(() => sampleCategorical([1, -1], 3)).toThrow('sampleCategorical: weights must be finite and >= 0, got -1');
    expect(() => sampleCategorical([1, NaN], 3)).toThrow('got NaN');
    expect(() => sampleCategorical([0, 0], 3)).toThrow('sampleCategorical: weights must not all be 0');
    expect(() => sampleCategorical([], 3)).toThrow('must not all be 0');
    expect(() => sampleCategorical([1], 1.5)).toThrow('sampleCategorical: n must be a non-negative integer, got 1.5');
  });
});
