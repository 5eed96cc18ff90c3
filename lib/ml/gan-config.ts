/**
 * What defines a training run (GanConfig and its parts), its validation with readable errors,
 * and the optimizers it names. Shared by GanTrainer and PopulationTrainer.
 */
import * as tf from '@tensorflow/tfjs';
import { DATA_NAMES, NOISE_NAMES, type DataName, type NoiseName, type Sampler } from './data';
import { checkLoss, type LossName } from './losses';
import type { Activation, Init } from './mlp';

export interface OptimizerSpec {
  kind: 'sgd' | 'adam' | 'rmsprop';
  lr: number;
  beta1?: number;
  beta2?: number;
}

export interface NetSpec {
  /** Hidden layer widths, e.g. [8, 8]. */
  hidden: readonly number[];
  activation?: Activation;
  leakySlope?: number;
  /** Output activation; the losses always use the score before it. */
  output?: Activation;
  init?: Init;
  spectralNorm?: boolean;
}

/** Everything that defines a training run; presets.ts names the chapters' choices. */
export interface GanConfig {
  /** A built-in 2-D data set, or a sampler returning [n, dataDim]. */
  data: DataName | Sampler;
  dataDim?: number;
  noise: NoiseName;
  noiseDim: number;
  generator: NetSpec;
  discriminator: NetSpec;
  loss: LossName;
  /** One-sided label smoothing: target for real samples (default 1). */
  realLabel?: number;
  /** Scale on the real term of the D loss (GAN Lab: 0.95). */
  realWeight?: number;
  /** D/critic steps per iteration (k). */
  dSteps: number;
  /** G steps per iteration. */
  gSteps: number;
  dOptimizer: OptimizerSpec;
  gOptimizer: OptimizerSpec;
  batchSize: number;
  /** WGAN weight clipping bound c (critic weights stay in [-c, c]). */
  clip?: number;
  /** WGAN-GP penalty weight λ. */
  gradientPenalty?: number;
  /** Rows of data and noise generated at once and sliced per batch (default 12000, as GAN Lab). */
  atlasSize?: number;
  /** Reseed the global PRNG before building the models. */
  seed?: number;
  /**
   * Take gradients with tfjs's tape even where the hand-derived backward pass applies
   * (gan-backprop.ts). Same maths, about 4× the kernels; the tests compare the two paths.
   */
  tape?: boolean;
}

export interface Report {
  /** Iterations completed. */
  iteration: number;
  dLoss: number;
  gLoss: number;
  /** Generator samples on a fixed noise batch, flat [n, dataDim], when requested. */
  samples?: Float32Array;
  elapsedMs: number;
}

export interface TrainOptions {
  iterations: number;
  /** Report every this many iterations (default 50); the loop yields to the event loop there. */
  reportEvery?: number;
  onReport?: (r: Report) => void;
  /** Checked between iterations; return true to stop. */
  shouldStop?: () => boolean;
  /** An AbortSignal (or anything with `aborted`), checked between iterations. */
  signal?: { readonly aborted: boolean };
  /** Number of generator samples to include in each report (default 0). */
  samples?: number;
}

export function positiveInt(where: string, name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new Error(`${where}: ${name} must be an integer >= 1, got ${v}`);
}

export function makeOptimizer(s: OptimizerSpec): tf.Optimizer {
  if (!(s.lr > 0)) throw new Error(`optimizer: lr must be > 0, got ${s.lr}`);
  if (s.kind === 'sgd') return tf.train.sgd(s.lr);
  if (s.kind === 'adam') return tf.train.adam(s.lr, s.beta1 ?? 0.9, s.beta2 ?? 0.999);
  if (s.kind === 'rmsprop') return tf.train.rmsprop(s.lr);
  throw new Error(`optimizer: unknown kind "${String((s as OptimizerSpec).kind)}"; valid: sgd, adam, rmsprop`);
}

/** Throws a readable error for the first invalid field of a config. */
export function checkConfig(c: GanConfig): void {
  positiveInt('GanTrainer', 'dSteps (k)', c.dSteps);
  positiveInt('GanTrainer', 'gSteps', c.gSteps);
  positiveInt('GanTrainer', 'batchSize', c.batchSize);
  positiveInt('GanTrainer', 'noiseDim', c.noiseDim);
  checkLoss(c.loss);
  if (c.clip !== undefined && !(c.clip > 0)) throw new Error(`GanTrainer: clip must be > 0, got ${c.clip}`);
  if (c.gradientPenalty !== undefined && !(c.gradientPenalty >= 0)) {
    throw new Error(`GanTrainer: gradientPenalty must be >= 0, got ${c.gradientPenalty}`);
  }
  if (!(NOISE_NAMES as readonly string[]).includes(c.noise)) {
    throw new Error(`GanTrainer: unknown noise "${c.noise}"; valid: ${NOISE_NAMES.join(', ')}`);
  }
  if (typeof c.data === 'string' && !(DATA_NAMES as readonly string[]).includes(c.data)) {
    throw new Error(`GanTrainer: unknown data set "${c.data}"; valid: ${DATA_NAMES.join(', ')}`);
  }
}
