/**
 * Seeded toy data sets (1-D and 2-D) and noise priors. Generation happens in
 * plain JS with the global PRNG (see random.ts) and is uploaded once as a
 * tensor, so the same seed gives the same points on every backend.
 */
import * as tf from '@tensorflow/tfjs';
import { rng, type Rng } from './random';

/** Draws n points and returns them as an [n, dim] tensor (caller disposes). */
export type Sampler = (n: number) => tf.Tensor2D;

/** Names of the built-in 2-D data sets. */
export const DATA_NAMES = ['two-gaussians', 'ring', 'grid', 'moons', 'spiral', 'line'] as const;
export type DataName = (typeof DATA_NAMES)[number];

function checkCount(where: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${where}: n must be an integer >= 1, got ${n}`);
}

/** Centres and per-axis std of a mode layout (ring, grid), for mode-coverage measures. */
export interface ModeLayout {
  centres: [number, number][];
  std: number;
}

/** Ring of `modes` Gaussians on a circle (default 8, radius 2, std 0.02, as in Metz et al. 2017). */
export function ringModes(opts: { modes?: number; radius?: number; std?: number } = {}): ModeLayout {
  const { modes = 8, radius = 2, std = 0.02 } = opts;
  if (!Number.isInteger(modes) || modes < 1) throw new Error(`ringModes: modes must be an integer >= 1, got ${modes}`);
  const centres: [number, number][] = [];
  for (let i = 0; i < modes; i++) {
    const a = (2 * Math.PI * i) / modes;
    centres.push([radius * Math.cos(a), radius * Math.sin(a)]);
  }
  return { centres, std };
}

/** side×side grid of Gaussians (default 5×5 at -4..4 spacing 2, std 0.05, as in VEEGAN/PacGAN). */
export function gridModes(opts: { side?: number; spacing?: number; std?: number } = {}): ModeLayout {
  const { side = 5, spacing = 2, std = 0.05 } = opts;
  if (!Number.isInteger(side) || side < 1) throw new Error(`gridModes: side must be an integer >= 1, got ${side}`);
  const centres: [number, number][] = [];
  const off = ((side - 1) * spacing) / 2;
  for (let i = 0; i < side; i++) for (let j = 0; j < side; j++) centres.push([i * spacing - off, j * spacing - off]);
  return { centres, std };
}

function fromModes(n: number, layout: ModeLayout, r: Rng): Float32Array {
  const out = new Float32Array(n * 2);
  const k = layout.centres.length;
  for (let i = 0; i < n; i++) {
    const [cx, cy] = layout.centres[r.int(k)];
    out[2 * i] = cx + layout.std * r.normal();
    out[2 * i + 1] = cy + layout.std * r.normal();
  }
  return out;
}

/**
 * GAN Lab's default data: 50% N((0.3, 0.7), 0.1²·I) and 50% N((0.7, 0.4), diag(0.05², 0.2²)).
 */
function twoGaussiansArray(n: number, r: Rng = rng()): Float32Array {
  checkCount('twoGaussians', n);
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    if (r.next() < 0.5) {
      out[2 * i] = 0.3 + 0.1 * r.normal();
      out[2 * i + 1] = 0.7 + 0.1 * r.normal();
    } else {
      out[2 * i] = 0.7 + 0.05 * r.normal();
      out[2 * i + 1] = 0.4 + 0.2 * r.normal();
    }
  }
  return out;
}

/** Two interleaving half circles (as sklearn's make_moons), Gaussian jitter `noise`. */
function moonsArray(n: number, noise = 0.05, r: Rng = rng()): Float32Array {
  checkCount('moons', n);
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const t = Math.PI * r.next();
    const outer = r.next() < 0.5;
    out[2 * i] = (outer ? Math.cos(t) : 1 - Math.cos(t)) + noise * r.normal();
    out[2 * i + 1] = (outer ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * r.normal();
  }
  return out;
}

/** An Archimedean spiral of `turns` turns, radius growing to 1, Gaussian jitter `noise`. */
function spiralArray(n: number, noise = 0.02, turns = 2, r: Rng = rng()): Float32Array {
  checkCount('spiral', n);
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const t = Math.sqrt(r.next());
    const a = 2 * Math.PI * turns * t;
    out[2 * i] = t * Math.cos(a) + noise * r.normal();
    out[2 * i + 1] = t * Math.sin(a) + noise * r.normal();
  }
  return out;
}

/** Uniform on the segment (0.2, 0.2)–(0.8, 0.8) with Gaussian jitter `noise`. */
function lineArray(n: number, noise = 0.01, r: Rng = rng()): Float32Array {
  checkCount('line', n);
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const t = 0.2 + 0.6 * r.next();
    out[2 * i] = t + noise * r.normal();
    out[2 * i + 1] = t + noise * r.normal();
  }
  return out;
}

/** n points (flat, row-major [n, 2]) from a built-in 2-D data set. */
export function dataArray(name: DataName, n: number, r: Rng = rng()): Float32Array {
  switch (name) {
    case 'two-gaussians':
      return twoGaussiansArray(n, r);
    case 'ring':
      checkCount('ring', n);
      return fromModes(n, ringModes(), r);
    case 'grid':
      checkCount('grid', n);
      return fromModes(n, gridModes(), r);
    case 'moons':
      return moonsArray(n, 0.05, r);
    case 'spiral':
      return spiralArray(n, 0.02, 2, r);
    case 'line':
      return lineArray(n, 0.01, r);
    default:
      throw new Error(`data: unknown data set "${String(name)}"; valid names: ${DATA_NAMES.join(', ')}`);
  }
}

/** n points from a built-in 2-D data set as an [n, 2] tensor. */
export function sampleData(name: DataName, n: number): tf.Tensor2D {
  return tf.tensor2d(dataArray(name, n), [n, 2]);
}

/** A Sampler for a built-in 2-D data set. */
export function dataSampler(name: DataName): Sampler {
  if (!DATA_NAMES.includes(name)) {
    throw new Error(`data: unknown data set "${String(name)}"; valid names: ${DATA_NAMES.join(', ')}`);
  }
  return (n) => sampleData(name, n);
}

/** A 1-D Gaussian mixture: component weights (normalised), means and standard deviations. */
export interface Mixture1d {
  weights: number[];
  means: number[];
  stds: number[];
}

export function checkMixture(where: string, m: Mixture1d): void {
  const k = m.means.length;
  if (k < 1 || m.weights.length !== k || m.stds.length !== k) {
    throw new Error(
      `${where}: weights, means and stds must have the same non-zero length, got ${m.weights.length}, ${k}, ${m.stds.length}`,
    );
  }
  for (const s of m.stds) if (!(s > 0)) throw new Error(`${where}: every std must be > 0, got ${s}`);
  for (const w of m.weights) if (!(w >= 0)) throw new Error(`${where}: every weight must be >= 0, got ${w}`);
}

/** n draws from a 1-D Gaussian mixture. */
export function mixture1dArray(n: number, m: Mixture1d, r: Rng = rng()): Float32Array {
  checkCount('mixture1d', n);
  checkMixture('mixture1d', m);
  const total = m.weights.reduce((a, b) => a + b, 0);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let u = r.next() * total;
    let c = 0;
    while (c < m.weights.length - 1 && u >= m.weights[c]) u -= m.weights[c++];
    out[i] = m.means[c] + m.stds[c] * r.normal();
  }
  return out;
}

/** n draws from a 1-D Gaussian mixture as an [n, 1] tensor. */
export function sampleMixture1d(n: number, m: Mixture1d): tf.Tensor2D {
  return tf.tensor2d(mixture1dArray(n, m), [n, 1]);
}

/** Names of the noise priors. `ganlab` is GAN Lab's truncated N(0.5, 0.25²) (cut at ±2σ). */
export const NOISE_NAMES = ['uniform', 'gaussian', 'ganlab'] as const;
export type NoiseName = (typeof NOISE_NAMES)[number];

/** n×dim noise values: uniform on [-1, 1), standard normal, or GAN Lab's truncated N(0.5, 0.25²). */
export function noiseArray(kind: NoiseName, n: number, dim: number, r: Rng = rng()): Float32Array {
  checkCount('noise', n);
  if (!Number.isInteger(dim) || dim < 1) throw new Error(`noise: dim must be an integer >= 1, got ${dim}`);
  const out = new Float32Array(n * dim);
  if (kind === 'uniform') {
    for (let i = 0; i < out.length; i++) out[i] = 2 * r.next() - 1;
  } else if (kind === 'gaussian') {
    for (let i = 0; i < out.length; i++) out[i] = r.normal();
  } else if (kind === 'ganlab') {
    for (let i = 0; i < out.length; i++) {
      let z = r.normal();
      while (Math.abs(z) > 2) z = r.normal();
      out[i] = 0.5 + 0.25 * z;
    }
  } else {
    throw new Error(`noise: unknown prior "${String(kind)}"; valid names: ${NOISE_NAMES.join(', ')}`);
  }
  return out;
}

/** n×dim noise as a tensor. */
export function sampleNoise(kind: NoiseName, n: number, dim: number): tf.Tensor2D {
  return tf.tensor2d(noiseArray(kind, n, dim), [n, dim]);
}

/** A Sampler for a noise prior of dimension dim. */
export function noiseSampler(kind: NoiseName, dim: number): Sampler {
  if (!NOISE_NAMES.includes(kind)) {
    throw new Error(`noise: unknown prior "${String(kind)}"; valid names: ${NOISE_NAMES.join(', ')}`);
  }
  return (n) => sampleNoise(kind, n, dim);
}
