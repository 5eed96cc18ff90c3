/**
 * Small pure helpers that chapter figures keep needing: grids, densities, seeded samples and
 * histograms. No DOM, no React, so they are unit-tested in Node and safe on the main thread.
 */
import { mulberry32 } from '../ml/mulberry32';

/** Eigenvalues and eigenvectors of a symmetric matrix (cyclic Jacobi), the same solver lib/ml uses. */
export { jacobiEigen } from '../ml/linalg';

/** `n` evenly spaced numbers from `start` to `stop`, both included (like numpy.linspace). */
export function linspace(start: number, stop: number, n: number): number[] {
  if (!Number.isInteger(n) || n < 2) throw new Error(`linspace: n must be an integer ≥ 2, got ${n}`);
  const step = (stop - start) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? stop : start + i * step));
}

/** Density of the normal distribution N(mu, sigma²) at x. */
export function gaussianPdf(x: number, mu = 0, sigma = 1): number {
  if (!(sigma > 0)) throw new Error(`gaussianPdf: sigma must be > 0, got ${sigma}`);
  const z = (x - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
}

export interface MixtureComponent {
  weight: number;
  mu: number;
  sigma: number;
}

/** Density of a mixture of Gaussians at x; weights are normalised, so [1, 1] means half and half. */
export function mixturePdf(x: number, components: readonly MixtureComponent[]): number {
  const total = components.reduce((s, c) => s + c.weight, 0);
  if (components.length === 0 || !(total > 0)) {
    throw new Error(`mixturePdf: need at least one component with positive weight, got total weight ${total}`);
  }
  return components.reduce((s, c) => s + (c.weight / total) * gaussianPdf(x, c.mu, c.sigma), 0);
}

/**
 * A seeded uniform generator on [0, 1) (mulberry32, shared with lib/ml, which has no tfjs in
 * that module). Figures redraw on every slider move, so their samples must repeat exactly.
 */
export const seededRandom = mulberry32;

/** `n` standard normal draws from a seeded generator (Box–Muller). */
export function seededNormals(n: number, seed: number): number[] {
  const uniform = seededRandom(seed);
  const out: number[] = [];
  while (out.length < n) {
    const u = 1 - uniform(); // in (0, 1], so log(u) is finite
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * uniform();
    out.push(r * Math.cos(theta));
    if (out.length < n) out.push(r * Math.sin(theta));
  }
  return out;
}

export interface Bin {
  x0: number;
  x1: number;
  count: number;
  /** count / (n · width): comparable with a density curve drawn on the same axes. */
  density: number;
}

/** Equal-width histogram on [lo, hi]; samples outside the domain are dropped but still count in n. */
export function histogram(samples: readonly number[], domain: readonly [number, number], bins: number): Bin[] {
  const [lo, hi] = domain;
  if (!(hi > lo)) throw new Error(`histogram: domain must be [lo, hi] with lo < hi, got [${lo}, ${hi}]`);
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`histogram: bins must be a positive integer, got ${bins}`);
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const x of samples) {
    if (x < lo || x > hi) continue;
    counts[Math.min(bins - 1, Math.floor((x - lo) / width))]++;
  }
  const n = Math.max(1, samples.length);
  return counts.map((count, i) => ({ x0: lo + i * width, x1: lo + (i + 1) * width, count, density: count / (n * width) }));
}
