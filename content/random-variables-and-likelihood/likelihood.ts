/**
 * Pure numerics for the random-variables chapter: the geometric program and its likelihood,
 * the entropy/KL split of the negative log-likelihood, Gaussian MLE and a 1-D Parzen window.
 * Figures draw with these; the unit tests pin every number the prose states.
 */

/** mulberry32: seeded uniforms in [0, 1), so figures draw the same samples on every redraw. */
export { seededRandom as mulberry32 } from '@minimax/figure';

function checkP(where: string, p: number): void {
  if (!(p > 0 && p < 1)) throw new Error(`${where}: p must be strictly between 0 and 1, got ${p}`);
}

/** The lecture's gen_geom(p): X = ⌈−ln Z / λ⌉ with Z uniform on (0, 1] and λ = −ln(1 − p). */
export function genGeom(p: number, uniform: () => number): number {
  checkP('genGeom', p);
  const z = 1 - uniform();
  const lambda = -Math.log(1 - p);
  return Math.max(1, Math.ceil(-Math.log(z) / lambda));
}

/** P(X = k) = (1 − p)^(k−1) p on k = 1, 2, … */
export function geometricPmf(k: number, p: number): number {
  checkP('geometricPmf', p);
  return k >= 1 && Number.isInteger(k) ? (1 - p) ** (k - 1) * p : 0;
}

function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('mean: the data set is empty');
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Average log-likelihood (1/n) Σ log P(X = xᵢ) = log p + (x̄ − 1) log(1 − p). */
export function geometricAvgLogLik(xs: readonly number[], p: number): number {
  checkP('geometricAvgLogLik', p);
  return Math.log(p) + (mean(xs) - 1) * Math.log(1 - p);
}

/** The maximum-likelihood estimate p̂ = 1 / x̄. */
export function geometricMle(xs: readonly number[]): number {
  return 1 / mean(xs);
}

/** The empirical distribution of integer data: value → relative frequency. */
export function empirical(xs: readonly number[]): Map<number, number> {
  const freq = new Map<number, number>();
  for (const x of xs) freq.set(x, (freq.get(x) ?? 0) + 1 / xs.length);
  return freq;
}

/** Shannon entropy H = −Σ q log q of a distribution given by its probabilities, in nats. */
export function entropy(probs: Iterable<number>): number {
  let h = 0;
  for (const q of probs) if (q > 0) h -= q * Math.log(q);
  return h;
}

/** KL(P̂_data ‖ Geometric(p)) = Σ q_k log(q_k / P_p(k)). */
export function klEmpiricalToGeometric(xs: readonly number[], p: number): number {
  let d = 0;
  for (const [k, q] of empirical(xs)) d += q * Math.log(q / geometricPmf(k, p));
  return d;
}

export interface FitRow {
  step: number;
  p: number;
  /** −(1/n) Σ log P_p(xᵢ), the average negative log-likelihood. */
  nll: number;
  /** KL(P̂_data ‖ P_p). */
  kl: number;
}

/**
 * Gradient ascent on the average log-likelihood in the logit s (p = σ(s)), so p stays in (0, 1).
 * d/ds [log p + (x̄ − 1) log(1 − p)] = 1 − x̄ p, which vanishes exactly at p = 1/x̄.
 */
export function fitGeometric(xs: readonly number[], p0: number, lr: number, steps: number): FitRow[] {
  checkP('fitGeometric', p0);
  const xbar = mean(xs);
  let s = Math.log(p0 / (1 - p0));
  const rows: FitRow[] = [];
  for (let step = 0; step <= steps; step++) {
    const p = 1 / (1 + Math.exp(-s));
    rows.push({ step, p, nll: -geometricAvgLogLik(xs, p), kl: klEmpiricalToGeometric(xs, p) });
    s += lr * (1 - xbar * p);
  }
  return rows;
}

/** Maximum-likelihood Gaussian: the sample mean and the 1/n standard deviation. */
export function gaussianMle(xs: readonly number[]): { mu: number; sigma: number } {
  const mu = mean(xs);
  return { mu, sigma: Math.sqrt(mean(xs.map((x) => (x - mu) ** 2))) };
}

/** Parzen-window estimate p̂_h(x) = (1/n) Σ N(x; xᵢ, h²). */
export function kde1d(samples: readonly number[], h: number, x: number): number {
  if (!(h > 0)) throw new Error(`kde1d: bandwidth h must be > 0, got ${h}`);
  let s = 0;
  for (const xi of samples) s += Math.exp(-0.5 * ((x - xi) / h) ** 2);
  return s / (samples.length * h * Math.sqrt(2 * Math.PI));
}
