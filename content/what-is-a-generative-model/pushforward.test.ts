import { describe, expect, it } from 'vitest';
import { densityAt, pushforward, pushforwardDensity, pushforwardSlope } from './pushforward';

const grid = (lo: number, hi: number, n: number) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

/** Trapezoid rule over the parametric curve's (x, p) points, which are sorted because f increases. */
function area(points: { x: number; p: number }[]): number {
  let s = 0;
  for (let i = 1; i < points.length; i++) s += ((points[i].p + points[i - 1].p) / 2) * (points[i].x - points[i - 1].x);
  return s;
}

describe('the pushforward sampler X = Z + bend·tanh(2Z)', () => {
  it('is the identity when bend = 0, so X is standard normal', () => {
    expect(pushforward(0.7, 0)).toBe(0.7);
    expect(densityAt(0, 0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 12);
  });
  it('has slope 1 + 2·bend at z = 0 (sech 0 = 1)', () => {
    expect(pushforwardSlope(0, 1.5)).toBe(4);
  });
  it('has a density that integrates to one for every bend', () => {
    for (const bend of [0, 0.5, 1.5, 3]) expect(area(pushforwardDensity(bend, grid(-8, 8, 4001)))).toBeCloseTo(1, 5);
  });
  it('puts p(0) = φ(0)/(1 + 2·bend) in the valley between two modes', () => {
    expect(densityAt(0, 1.5)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI) / 4, 10);
    expect(densityAt(0, 1.5)).toBeLessThan(densityAt(2, 1.5));
  });
  it('matches the curve traced by pushforwardDensity', () => {
    const [point] = pushforwardDensity(2, [0.8]);
    expect(densityAt(point.x, 2)).toBeCloseTo(point.p, 10);
  });
  it('agrees with the fraction of pushed samples landing in an interval', () => {
    // P(X ≤ f(1)) = P(Z ≤ 1) = 0.841345 exactly, because f is increasing.
    const curve = pushforwardDensity(1.5, grid(-8, 1, 4001));
    expect(area(curve)).toBeCloseTo(0.841345, 5);
  });
  it('rejects a negative bend, which would fold f over', () => {
    expect(() => pushforwardDensity(-1, [0])).toThrow('got -1');
  });
});
