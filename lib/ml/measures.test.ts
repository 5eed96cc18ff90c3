import { describe, expect, test } from 'vitest';
import { dataArray, gridModes, ringModes } from './data';
import { gridJs } from './divergence';
import { frechetDistance, frechetGaussians, gaussianFit, kdeLogLikelihood, modeCoverage, wasserstein1d } from './measures';
import { createRng, normalArray, setSeed } from './random';

describe('WGAN paper, Example 1: parallel lines', () => {
  // P0: (0, Z), Pθ: (θ, Z), Z ~ U[0, 1].
  const r = createRng(7);
  const z = Array.from({ length: 2000 }, () => r.next());
  const line = (theta: number) => z.map((y) => [theta, y]);
  for (const theta of [0.5, -0.3, 0.05]) {
    test(`θ = ${theta}: W1 = |θ| while JSD = log 2`, () => {
      const w = wasserstein1d(
        line(0).map((p) => p[0]),
        line(theta).map((p) => p[0]),
      );
      expect(w).toBeCloseTo(Math.abs(theta), 12);
      const range: [[number, number], [number, number]] = [
        [-1, 1],
        [0, 1],
      ];
      expect(gridJs(line(0), line(theta), { bins: 40, range })).toBeCloseTo(Math.LN2, 12);
    });
  }
  test('θ = 0: W1 = 0 and JSD = 0', () => {
    expect(
      wasserstein1d(
        line(0).map((p) => p[0]),
        line(0).map((p) => p[0]),
      ),
    ).toBe(0);
    expect(
      gridJs(line(0), line(0), {
        range: [
          [-1, 1],
          [0, 1],
        ],
      }),
    ).toBe(0);
  });
});

describe('wasserstein1d', () => {
  test('recovers a shift between samples of the same distribution', () => {
    const a = normalArray(5000, 0, 1, createRng(1));
    const b = normalArray(5000, 0, 1, createRng(2)).map((x) => x + 0.7);
    expect(wasserstein1d(a, b)).toBeCloseTo(0.7, 1);
  });
  test('unequal sizes via quantile functions', () => {
    expect(wasserstein1d([0, 1], [0, 0.5, 1])).toBeCloseTo((1 / 3) * 0.5, 12);
    expect(wasserstein1d([3, 1, 2], [1, 1, 2, 2, 3, 3])).toBeCloseTo(0, 12);
    expect(wasserstein1d([0], [1, 2, 3, 4])).toBeCloseTo(2.5, 12);
  });
  test('throws on empty input', () => {
    expect(() => wasserstein1d([], [1])).toThrow(/sample is empty/);
  });
});

describe('kdeLogLikelihood', () => {
  test('matches the cross-entropy of N(0,1) under N(0, 1+h²)', () => {
    const h = 0.3;
    const s = normalArray(4000, 0, 1, createRng(3));
    const t = normalArray(2000, 0, 1, createRng(4));
    const expected = -(0.5 * Math.log(2 * Math.PI * (1 + h * h)) + 1 / (2 * (1 + h * h)));
    expect(kdeLogLikelihood(s, t, h)).toBeCloseTo(expected, 1);
  });
  test('bad bandwidth and dims throw', () => {
    expect(() => kdeLogLikelihood([1], [1], -0.1)).toThrow('kdeLogLikelihood: bandwidth must be > 0, got -0.1');
    expect(() => kdeLogLikelihood([[1, 2]], [[1]], 1)).toThrow(/2 columns but test points 1/);
  });
});

describe('Fréchet distance', () => {
  test('closed form for 1-D Gaussians: (μ₁−μ₂)² + (σ₁−σ₂)²', () => {
    expect(frechetGaussians([0], [[1]], [2], [[4]])).toBeCloseTo(4 + 1, 12);
  });
  test('2-D diagonal covariances', () => {
    expect(
      frechetGaussians(
        [0, 0],
        [
          [1, 0],
          [0, 9],
        ],
        [1, 1],
        [
          [4, 0],
          [0, 1],
        ],
      ),
    ).toBeCloseTo(2 + 1 + 4, 10);
  });
  test('commuting full covariances: rotation invariant', () => {
    const c = Math.cos(0.3),
      s = Math.sin(0.3);
    const rot = (a: number, b: number) => [
      [c * c * a + s * s * b, c * s * (a - b)],
      [c * s * (a - b), s * s * a + c * c * b],
    ];
    expect(frechetGaussians([0, 0], rot(1, 9), [0, 0], rot(4, 1))).toBeCloseTo(1 + 4, 10);
  });
  test('from samples: ≈ 0 for the same distribution, ≈ shift² for a shifted one', () => {
    setSeed(5);
    const a = dataArray('two-gaussians', 4000);
    const b = dataArray('two-gaussians', 4000);
    expect(frechetDistance(a, b, 2)).toBeLessThan(0.002);
    // Covariances do not move with a shift s, so the distance grows by exactly |s|² − 2 s·(μa − μb).
    const shifted = b.map((v, i) => (i % 2 === 0 ? v + 0.5 : v));
    const meanX = (xs: ArrayLike<number>) =>
      Array.from(xs)
        .filter((_, i) => i % 2 === 0)
        .reduce((s, v) => s + v, 0) /
      (xs.length / 2);
    const expected = frechetDistance(a, b, 2) + 0.25 - 2 * 0.5 * (meanX(a) - meanX(b));
    expect(frechetDistance(a, shifted, 2)).toBeCloseTo(expected, 9);
    expect(
      gaussianFit([
        [0, 0],
        [2, 2],
      ]).cov,
    ).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe('mode coverage', () => {
  test('real ring and grid data cover every mode with ~all samples high quality', () => {
    setSeed(6);
    const ring = modeCoverage(dataArray('ring', 2000), 'ring', {});
    expect(ring.covered).toBe(8);
    expect(ring.highQualityShare).toBeGreaterThan(0.98);
    const grid = modeCoverage(dataArray('grid', 2500), 'grid');
    expect(grid.covered).toBe(25);
    expect(grid.highQualityShare).toBeGreaterThan(0.98);
  });
  test('a collapsed generator covers one mode; far-off samples are not high quality', () => {
    const [cx, cy] = ringModes().centres[3];
    const collapsed = Array.from({ length: 100 }, () => [cx + 0.01, cy]);
    const off = Array.from({ length: 100 }, () => [0, 0]);
    const r = modeCoverage([...collapsed, ...off], 'ring');
    expect(r.covered).toBe(1);
    expect(r.highQualityShare).toBe(0.5);
    expect(r.counts[3]).toBe(100);
    expect(gridModes().centres.length).toBe(25);
    expect(() => modeCoverage([[0, 0]], 'ring', { threshold: 0 })).toThrow(/threshold must be > 0, got 0/);
  });
});
