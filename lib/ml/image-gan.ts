/**
 * Training a DCGAN on images: one discriminator step then one generator step per iteration,
 * non-saturating loss from logits, Adam(2e-4, β1 = 0.5) for both players as Radford et al.
 * (2016) recommend. Real batches are gathered from one tensor of images by random indices;
 * losses stay on the backend until a report reads them, so the hot path never waits on a readback.
 */
import * as tf from '@tensorflow/tfjs';
import { convDiscriminator, convGenerator, type ConvDiscriminator, type ConvGanOptions, type ConvGenerator } from './conv-nets';
import { discriminatorLoss, generatorLoss } from './losses';
import { normalArray, rng, setSeed } from './random';

export interface ImageGanOptions extends ConvGanOptions {
  /** Images per batch (default 64). */
  batch?: number;
  /** Adam learning rate of both players (default 2e-4). */
  lr?: number;
  /** Adam β1 (default 0.5; Adam's usual 0.9 made DCGAN training oscillate). */
  beta1?: number;
  /** Reseed ml's generator before building the models (weights, noise, batches all follow it). */
  seed?: number;
}

export interface ImageGanReport {
  iteration: number;
  dLoss: number;
  gLoss: number;
  elapsedMs: number;
}

export interface ImageGanTrainOptions {
  iterations: number;
  /** Report (and yield to the event loop) every this many iterations (default 25). */
  reportEvery?: number;
  onReport?: (report: ImageGanReport) => void | Promise<void>;
  /** Checked between iterations; return true to stop. */
  shouldStop?: () => boolean;
}

export class ImageGan {
  readonly generator: ConvGenerator;
  readonly discriminator: ConvDiscriminator;
  readonly dOptimizer: tf.Optimizer;
  readonly gOptimizer: tf.Optimizer;
  readonly batch: number;
  iteration = 0;
  private readonly real: tf.Tensor4D;
  private lastD: tf.Scalar | null = null;
  private lastG: tf.Scalar | null = null;

  /** `real`: training images [n, size, size, 1] in [−1, 1] (e.g. `(await ml.mnist({ size: 14 })).images`); kept, not copied. */
  constructor(real: tf.Tensor4D, options: ImageGanOptions = {}) {
    const { batch = 64, lr = 2e-4, beta1 = 0.5, seed } = options;
    if (!Number.isInteger(batch) || batch < 2) throw new Error(`ImageGan: batch must be an integer >= 2, got ${batch}`);
    if (!(lr > 0)) throw new Error(`ImageGan: lr must be > 0, got ${lr}`);
    if (real.rank !== 4 || real.shape[3] !== 1 || real.shape[1] !== real.shape[2]) {
      throw new Error(`ImageGan: real images must be [n, size, size, 1], got [${real.shape}]`);
    }
    const size = options.size ?? (real.shape[1] as 14 | 28);
    if (size !== real.shape[1]) throw new Error(`ImageGan: size ${size} does not match the ${real.shape[1]}×${real.shape[1]} images`);
    if (seed !== undefined) setSeed(seed);
    this.generator = convGenerator({ ...options, size });
    this.discriminator = convDiscriminator({ ...options, size });
    this.dOptimizer = tf.train.adam(lr, beta1);
    this.gOptimizer = tf.train.adam(lr, beta1);
    this.batch = batch;
    this.real = real;
  }

  private realBatch(): tf.Tensor4D {
    const n = this.real.shape[0];
    const r = rng();
    const idx = new Int32Array(this.batch);
    for (let i = 0; i < this.batch; i++) idx[i] = r.int(n);
    return tf.tidy(() => tf.gather(this.real, tf.tensor1d(idx, 'int32')));
  }

  private noise(): tf.Tensor2D {
    const latent = this.generator.options.latent;
    return tf.tensor2d(normalArray(this.batch * latent), [this.batch, latent]);
  }

  /** One D step on a real and a generated batch. The loss stays on the backend. */
  dStep(): tf.Scalar {
    const real = this.realBatch();
    const z = this.noise();
    const fake = this.generator.apply(z);
    const D = this.discriminator;
    D.updateSpectral(); // one power iteration per D step, as Miyato et al. (nothing without spectralNorm)
    const loss = this.dOptimizer.minimize(() => discriminatorLoss('nsgan', D.logits(real), D.logits(fake)), true, D.variables) as tf.Scalar;
    tf.dispose([real, z, fake]);
    return loss;
  }

  /** One G step: make D call fresh samples real (the non-saturating loss). */
  gStep(): tf.Scalar {
    const z = this.noise();
    const loss = this.gOptimizer.minimize(
      () => generatorLoss('nsgan', this.discriminator.logits(this.generator.apply(z))),
      true,
      this.generator.variables,
    ) as tf.Scalar;
    z.dispose();
    return loss;
  }

  /** One iteration (D step, then G step). */
  step(): void {
    const d = this.dStep();
    const g = this.gStep();
    tf.dispose([this.lastD, this.lastG].filter((t): t is tf.Scalar => t !== null));
    this.lastD = d;
    this.lastG = g;
    this.iteration++;
  }

  /** Losses of the last iteration (reads back from the backend). */
  async losses(): Promise<{ dLoss: number; gLoss: number }> {
    if (!this.lastD || !this.lastG) return { dLoss: NaN, gLoss: NaN };
    const [d, g] = await Promise.all([this.lastD.data(), this.lastG.data()]);
    return { dLoss: d[0], gLoss: g[0] };
  }

  /** Runs `iterations` steps, reporting every `reportEvery`; returns the iterations done. */
  async train(options: ImageGanTrainOptions): Promise<number> {
    const { iterations, reportEvery = 25, onReport, shouldStop } = options;
    if (!Number.isInteger(iterations) || iterations < 0)
      throw new Error(`ImageGan.train: iterations must be an integer >= 0, got ${iterations}`);
    if (!Number.isInteger(reportEvery) || reportEvery < 1)
      throw new Error(`ImageGan.train: reportEvery must be an integer >= 1, got ${reportEvery}`);
    const start = Date.now();
    let done = 0;
    while (done < iterations && !shouldStop?.()) {
      this.step();
      done++;
      if (done % reportEvery === 0 || done === iterations) {
        const { dLoss, gLoss } = await this.losses();
        await onReport?.({ iteration: this.iteration, dLoss, gLoss, elapsedMs: Date.now() - start });
      }
    }
    return done;
  }

  /** Generated images [n, size, size, 1] for the given noise (or n fresh noise vectors). */
  sample(noise: tf.Tensor2D | number): tf.Tensor4D {
    if (typeof noise !== 'number') return this.generator.apply(noise);
    const z = this.generator.noise(noise);
    const images = this.generator.apply(z);
    z.dispose();
    return images;
  }

  /** Frees both models, both optimizers' state and the last losses (not the real images). */
  dispose(): void {
    this.generator.dispose();
    this.discriminator.dispose();
    this.dOptimizer.dispose();
    this.gOptimizer.dispose();
    tf.dispose([this.lastD, this.lastG].filter((t): t is tf.Scalar => t !== null));
    this.lastD = this.lastG = null;
  }
}
