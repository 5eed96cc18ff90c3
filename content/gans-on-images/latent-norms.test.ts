import { describe, expect, test } from 'vitest';
import { seededNormals } from '@/lib/figure/math';
import { chiMoments, lerp, lerpShrink, midpointGapInStd, pathNorms, slerp } from './latent-norms';

const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('noise norms', () => {
  test('chi moments match closed forms: d = 1 (half-normal), d = 2 (Rayleigh), d = 3 (Maxwell)', () => {
    expect(chiMoments(1).mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 12);
    expect(chiMoments(2).mean).toBeCloseTo(Math.sqrt(Math.PI / 2), 12);
    expect(chiMoments(3).mean).toBeCloseTo(2 * Math.sqrt(2 / Math.PI), 12);
    expect(chiMoments(2).std).toBeCloseTo(Math.sqrt(2 - Math.PI / 2), 12);
  });

  test('the shell: mean near √d and spread near 1/√2 whatever d', () => {
    for (const d of [32, 100, 784]) {
      const { mean, std } = chiMoments(d);
      expect(Math.abs(mean - Math.sqrt(d))).toBeLessThan(0.5 / Math.sqrt(d));
      expect(std).toBeGreaterThan(0.69);
      expect(std).toBeLessThan(Math.SQRT1_2);
    }
  });

  test('sampled norms agree with the chi moments (20,000 draws in 32 dimensions)', () => {
    const d = 32;
    const n = 20_000;
    const z = seededNormals(n * d, 11);
    const norms = Array.from({ length: n }, (_, i) => norm(z.slice(i * d, (i + 1) * d)));
    const mean = norms.reduce((s, x) => s + x, 0) / n;
    const std = Math.sqrt(norms.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    const expected = chiMoments(d);
    // Standard error of the mean is std/√n ≈ 0.005: allow four of them.
    expect(Math.abs(mean - expected.mean)).toBeLessThan(0.02);
    expect(Math.abs(std - expected.std)).toBeLessThan(0.02);
  });

  test('the straight path shrinks the shell by √((1 − t)² + t²): 1/√2 at the midpoint, measured on samples', () => {
    expect(lerpShrink(0)).toBe(1);
    expect(lerpShrink(1)).toBe(1);
    expect(lerpShrink(0.5)).toBeCloseTo(Math.SQRT1_2, 12);
    const d = 32;
    const pairs = 4000;
    const z = seededNormals(pairs * 2 * d, 5);
    let meanSquare = 0;
    for (let i = 0; i < pairs; i++) {
      const z0 = z.slice(2 * i * d, (2 * i + 1) * d);
      const z1 = z.slice((2 * i + 1) * d, (2 * i + 2) * d);
      meanSquare += norm(lerp(z0, z1, 0.5)) ** 2 / pairs;
    }
    // E‖z_½‖² = d/2 = 16; the standard error is √(2 · 16² / 32 / 4000) ≈ 0.06.
    expect(Math.abs(meanSquare - d / 2)).toBeLessThan(0.25);
  });

  test('slerp keeps the norm exactly when the ends have equal norms, and ends at the ends', () => {
    const [a, b] = [seededNormals(32, 1), seededNormals(32, 2)];
    const z1 = b.map((x) => (x * norm(a)) / norm(b));
    for (const { t, slerp: s } of pathNorms(a, z1, [0, 0.1, 0.25, 0.5, 0.8, 1])) {
      expect(s).toBeCloseTo(norm(a), 10);
      expect(norm(slerp(a, z1, t))).toBeCloseTo(norm(a), 10);
    }
    expect(slerp(a, z1, 0)).toEqual(a.map((x) => expect.closeTo(x, 10)));
    expect(slerp(a, z1, 1)).toEqual(z1.map((x) => expect.closeTo(x, 10)));
  });

  test('in 32 dimensions the midpoint sits about 2.3 standard deviations inside the shell, and the gap grows like √d', () => {
    expect(midpointGapInStd(32)).toBeCloseTo(2.3, 1);
    expect(midpointGapInStd(128) / midpointGapInStd(32)).toBeCloseTo(2, 1);
  });
});
