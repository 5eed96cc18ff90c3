/**
 * Seeded randomness for lib/ml. Every data generator, noise prior and weight
 * initialiser draws from the global generator below, so `setSeed(n)` (the
 * cell runtime's `seed(n)`) makes a whole experiment reproducible. We use our
 * own PRNG instead of tf.random* so results are identical on every backend.
 */

import { mulberry32 } from './mulberry32';

export { mulberry32 };

/** A source of uniform numbers in [0, 1) with helpers. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in (0, 1]: safe to take the log of. */
  nextOpen(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** A fresh 32-bit integer, e.g. to seed another generator. */
  seed(): number;
}

function checkSeed(where: string, seed: number): void {
  if (!Number.isFinite(seed) || !Number.isInteger(seed)) {
    throw new Error(`${where}: seed must be a finite integer, got ${seed}`);
  }
}

/** A seeded generator independent of the global one. */
export function createRng(seed: number): Rng {
  checkSeed('createRng', seed);
  const u = mulberry32(seed);
  let spare: number | null = null;
  const rng: Rng = {
    next: u,
    nextOpen: () => 1 - u(),
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      const r = Math.sqrt(-2 * Math.log(1 - u()));
      const th = 2 * Math.PI * u();
      spare = r * Math.sin(th);
      return r * Math.cos(th);
    },
    int(n: number) {
      if (!(n >= 1) || !Number.isInteger(n)) throw new Error(`rng.int: n must be an integer >= 1, got ${n}`);
      return Math.floor(u() * n);
    },
    seed: () => Math.floor(u() * 4294967296) >>> 0,
  };
  return rng;
}

let globalRng: Rng = createRng((Math.random() * 4294967296) >>> 0);
let globalSeed: number | null = null;

/** Reseed the global generator: everything in `ml` drawn afterwards is reproducible. */
export function setSeed(seed: number): void {
  checkSeed('setSeed', seed);
  globalSeed = seed;
  globalRng = createRng(seed);
}

/** The last seed passed to setSeed, or null when unseeded. */
export function getSeed(): number | null {
  return globalSeed;
}

/** The global generator (reseeded by setSeed). */
export function rng(): Rng {
  return globalRng;
}

/** An integer seed drawn from the global generator, for `tf.random*(..., seed)` calls. */
export function nextSeed(): number {
  return globalRng.seed();
}

/** Fill a Float32Array with normals N(mean, std²) from `r` (default: global). */
export function normalArray(n: number, mean = 0, std = 1, r: Rng = globalRng): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = mean + std * r.normal();
  return out;
}

/** Fill a Float32Array with uniforms on [lo, hi) from `r` (default: global). */
export function uniformArray(n: number, lo = 0, hi = 1, r: Rng = globalRng): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * r.next();
  return out;
}

/** n indices drawn with probability ∝ `weights` (non-negative, not all 0) from `r` (default: global). */
export function sampleCategorical(weights: readonly number[], n: number, r: Rng = globalRng): number[] {
  if (!(n >= 0) || !Number.isInteger(n)) throw new Error(`sampleCategorical: n must be a non-negative integer, got ${n}`);
  const bad = weights.find((w) => !(w >= 0 && Number.isFinite(w)));
  if (bad !== undefined) throw new Error(`sampleCategorical: weights must be finite and >= 0, got ${bad}`);
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('sampleCategorical: weights must not all be 0');
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let u = r.next() * total;
    let k = 0;
    while (k < weights.length - 1 && u >= weights[k]) u -= weights[k++];
    // Rounding can run past the last positive weight: step back onto it.
    while (weights[k] === 0) k--;
    out.push(k);
  }
  return out;
}

/**
 * Geometric(p) on {1, 2, ...} by inverse transform: Z ~ U(0,1], X = ceil(-ln Z / λ), λ = -ln(1-p).
 */
export function sampleGeometric(p: number, n: number, r: Rng = globalRng): number[] {
  if (!(p > 0 && p <= 1)) throw new Error(`sampleGeometric: p must be in (0, 1], got ${p}`);
  if (!(n >= 0) || !Number.isInteger(n)) throw new Error(`sampleGeometric: n must be a non-negative integer, got ${n}`);
  if (p === 1) return new Array<number>(n).fill(1);
  const lambda = -Math.log(1 - p);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(Math.max(1, Math.ceil(-Math.log(r.nextOpen()) / lambda)));
  return out;
}

/** P(X = k) = (1-p)^(k-1) p for the geometric distribution on {1, 2, ...}. */
export function geometricPmf(k: number, p: number): number {
  if (!(p > 0 && p <= 1)) throw new Error(`geometricPmf: p must be in (0, 1], got ${p}`);
  if (!Number.isInteger(k) || k < 1) return 0;
  return Math.pow(1 - p, k - 1) * p;
}
