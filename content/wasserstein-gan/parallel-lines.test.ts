import { describe, expect, it } from 'vitest';
import { histogram2d, js, kl, wasserstein1d } from '../../lib/ml';
import { distanceCurves, exampleOneDistances, w1Sorted } from './parallel-lines';

/** n points evenly spaced on the segment {x} × [0, 1]. */
function segment(x: number, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => [x, (i + 0.5) / n]);
}

describe('Example 1: two parallel segments', () => {
  it('has JSD = log 2, KL = ∞ and W₁ = |θ| whenever θ ≠ 0, and all zero at θ = 0', () => {
    expect(exampleOneDistances(0.3)).toEqual({ jsd: Math.log(2), kl: Infinity, w1: 0.3 });
    expect(exampleOneDistances(-0.7).w1).toBeCloseTo(0.7, 12);
    expect(exampleOneDistances(0)).toEqual({ jsd: 0, kl: 0, w1: 0 });
  });

  it('agrees with histogram JSD and KL of sampled segments (disjoint supports)', () => {
    const range = {
      bins: 20,
      range: [
        [-1, 1],
        [0, 1],
      ] as [[number, number], [number, number]],
    };
    for (const theta of [0.15, 0.5, -0.9]) {
      const p = histogram2d(segment(0, 400), range);
      const q = histogram2d(segment(theta, 400), range);
      expect(js(p, q)).toBeCloseTo(Math.log(2), 9);
      // Smoothed KL of disjoint histograms grows without bound as the smoothing shrinks.
      expect(kl(p, q)).toBeGreaterThan(15);
    }
  });

  it('has W₁ = |θ|: the x-marginals give a lower bound that the horizontal plan attains', () => {
    for (const theta of [0.2, -0.6, 1]) {
      const xs = segment(0, 300).map(([x]) => x);
      const ys = segment(theta, 300).map(([x]) => x);
      const lower = wasserstein1d(xs, ys);
      const horizontalPlanCost = Math.abs(theta); // every point moves straight across
      expect(lower).toBeCloseTo(horizontalPlanCost, 9);
    }
  });

  it('draws KL at the cap and puts one row exactly at θ = 0', () => {
    const rows = distanceCurves(1, 21, 2);
    expect(rows.filter((r) => r.measure === 'KL' && r.theta !== 0).every((r) => r.value === 2)).toBe(true);
    expect(rows.find((r) => r.theta === 0 && r.measure === 'JSD')?.value).toBe(0);
  });
});

describe('w1Sorted', () => {
  it('matches the exact 1-D W₁ of lib/ml and the closed form of a shift', () => {
    const a = [0.3, -1.2, 2.5, 0.9, -0.4];
    const b = [1.1, 0.2, -2.0, 3.3, 0.5];
    expect(w1Sorted(a, b)).toBeCloseTo(wasserstein1d(a, b), 12);
    expect(
      w1Sorted(
        a,
        a.map((x) => x + 1.5),
      ),
    ).toBeCloseTo(1.5, 12);
  });

  it('rejects samples of different sizes with both sizes in the message', () => {
    expect(() => w1Sorted([1, 2], [1])).toThrow(/2 and 1/);
  });
});

describe('the worked example and the quiz in the prose', () => {
  it('W₁({0, 1, 3}, {5, 2, 2}) = 5/3 and W₁({4, 0, 1}, {1, 2, 6}) = 4/3', () => {
    expect(w1Sorted([0, 1, 3], [5, 2, 2])).toBeCloseTo(5 / 3, 12);
    expect(w1Sorted([4, 0, 1], [1, 2, 6])).toBeCloseTo(4 / 3, 12);
  });
});
