/**
 * Pure numerics for the KL/JSD chapter: discrete divergences, closed-form and grid-integrated
 * divergences between 1-D densities, and the bimodal target of the information-projection cell.
 * The figures draw with these and the unit tests check every number the prose states.
 */
import { gaussianPdf, linspace } from '@minimax/figure';

export interface Mixture {
  weights: readonly number[];
  means: readonly number[];
  stds: readonly number[];
}

function mixturePdf(x: number, m: Mixture): number {
  let p = 0;
  for (let k = 0; k < m.weights.length; k++) p += m.weights[k] * gaussianPdf(x, m.means[k], m.stds[k]);
  return p;
}

/**
 * The lecture's bimodal target: a large peak on the left and a smaller one on the right.
 * The information-projection cell fits one Gaussian to it.
 */
export const BIMODAL: Mixture = { weights: [0.8, 0.2], means: [-1.6, 1.6], stds: [0.7, 0.7] };

function checkDistributions(where: string, p: readonly number[], q: readonly number[]): void {
  if (p.length !== q.length || p.length === 0)
    throw new Error(`${where}: P and Q need the same non-zero length, got ${p.length} and ${q.length}`);
  for (let i = 0; i < p.length; i++) {
    if (!(p[i] >= 0) || !(q[i] >= 0)) throw new Error(`${where}: probabilities must be ≥ 0, got P[${i}]=${p[i]}, Q[${i}]=${q[i]}`);
  }
}

/** KL(P‖Q) = Σ p log(p/q) in nats; 0·log(0/q) = 0 and p > 0 = q gives Infinity. */
export function klDiscrete(p: readonly number[], q: readonly number[]): number {
  checkDistributions('klDiscrete', p, q);
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    d += p[i] * Math.log(p[i] / q[i]);
  }
  return d;
}

/** JSD(P‖Q) = ½KL(P‖M) + ½KL(Q‖M) with M = (P+Q)/2, in nats. */
export function jsdDiscrete(p: readonly number[], q: readonly number[]): number {
  checkDistributions('jsdDiscrete', p, q);
  const m = p.map((pi, i) => 0.5 * (pi + q[i]));
  return 0.5 * klDiscrete(p, m) + 0.5 * klDiscrete(q, m);
}

/** Closed form KL(N(m1, s1²) ‖ N(m2, s2²)) = log(s2/s1) + (s1² + (m1−m2)²)/(2 s2²) − ½. */
export function klGaussian(m1: number, s1: number, m2: number, s2: number): number {
  if (!(s1 > 0 && s2 > 0)) throw new Error(`klGaussian: widths must be > 0, got ${s1} and ${s2}`);
  return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
}

/**
 * ∫ p log(p/q) dx by the midpoint rule on `xs` (evenly spaced). Where p is negligible the
 * integrand is dropped; where q underflows we floor it so the result stays finite.
 */
export function klOnGrid(p: readonly number[], q: readonly number[], dx: number): number {
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] < 1e-300) continue;
    d += p[i] * Math.log(p[i] / Math.max(q[i], 1e-300)) * dx;
  }
  return d;
}

/** ∫ ½p log(2p/(p+q)) + ½q log(2q/(p+q)) dx on an evenly spaced grid. */
function jsdOnGrid(p: readonly number[], q: readonly number[], dx: number): number {
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    const m = 0.5 * (p[i] + q[i]);
    if (p[i] > 1e-300) d += 0.5 * p[i] * Math.log(p[i] / m) * dx;
    if (q[i] > 1e-300) d += 0.5 * q[i] * Math.log(q[i] / m) * dx;
  }
  return d;
}

/** JSD between two 1-D Gaussians, integrated numerically (it has no closed form). */
export function jsdGaussians(m1: number, s1: number, m2: number, s2: number, n = 2001): number {
  const lo = Math.min(m1 - 10 * s1, m2 - 10 * s2);
  const hi = Math.max(m1 + 10 * s1, m2 + 10 * s2);
  const xs = linspace(lo, hi, n);
  const dx = xs[1] - xs[0];
  return jsdOnGrid(
    xs.map((x) => gaussianPdf(x, m1, s1)),
    xs.map((x) => gaussianPdf(x, m2, s2)),
    dx,
  );
}

export type Objective = 'forward' | 'reverse' | 'jsd';

/** The divergence between the target mixture and one Gaussian N(mu, sigma²) under each objective. */
export function projectionLoss(kind: Objective, target: Mixture, mu: number, sigma: number, xs = linspace(-8, 8, 801)): number {
  const dx = xs[1] - xs[0];
  const p = xs.map((x) => mixturePdf(x, target));
  const q = xs.map((x) => gaussianPdf(x, mu, sigma));
  if (kind === 'forward') return klOnGrid(p, q, dx);
  if (kind === 'reverse') return klOnGrid(q, p, dx);
  return jsdOnGrid(p, q, dx);
}

/** Mean and standard deviation of a mixture: the forward-KL (moment-matching) fit. */
export function mixtureMoments(m: Mixture): { mean: number; std: number } {
  const total = m.weights.reduce((a, b) => a + b, 0);
  let mean = 0;
  let second = 0;
  for (let k = 0; k < m.weights.length; k++) {
    const w = m.weights[k] / total;
    mean += w * m.means[k];
    second += w * (m.stds[k] ** 2 + m.means[k] ** 2);
  }
  return { mean, std: Math.sqrt(second - mean * mean) };
}
