/**
 * The sampler of this chapter's figure: X = f(Z) with Z ~ N(0, 1) and
 * f(z) = z + bend · tanh(2z). f is increasing, so the density of X has a closed form
 * (change of variables): p(f(z)) = φ(z) / f'(z).
 */

import { gaussianPdf } from '@minimax/figure';

const standardNormal = (z: number) => gaussianPdf(z);

export function pushforward(z: number, bend: number): number {
  return z + bend * Math.tanh(2 * z);
}

/** f'(z) = 1 + 2·bend·sech²(2z); at least 1 when bend ≥ 0, which keeps f one-to-one. */
export function pushforwardSlope(z: number, bend: number): number {
  const sech = 1 / Math.cosh(2 * z);
  return 1 + 2 * bend * sech * sech;
}

export interface DensityPoint {
  x: number;
  p: number;
}

/**
 * The density of X traced along a grid of z values: each z gives the point (f(z), φ(z)/f'(z)).
 * No inverse of f is needed, which is why the curve is drawn this way.
 */
export function pushforwardDensity(bend: number, zs: readonly number[]): DensityPoint[] {
  if (!(bend >= 0)) throw new Error(`pushforwardDensity: bend must be ≥ 0 so f stays one-to-one, got ${bend}`);
  return zs.map((z) => ({ x: pushforward(z, bend), p: standardNormal(z) / pushforwardSlope(z, bend) }));
}

/** p(x0): solves f(z) = x0 by bisection (f is increasing), then applies the change of variables. */
export function densityAt(x0: number, bend: number): number {
  let lo = x0 - bend - 1;
  let hi = x0 + bend + 1; // |f(z) − z| ≤ bend, so the root lies in [x0 − bend, x0 + bend]
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (pushforward(mid, bend) < x0) lo = mid;
    else hi = mid;
  }
  const z = (lo + hi) / 2;
  return standardNormal(z) / pushforwardSlope(z, bend);
}
