/**
 * Training a DCGAN on images: one discriminator step then one generator step per iteration,
 * non-saturating loss from logits, Adam(2e-4, β1 = 0.5) for both players as Radford et al.
 * (2016) recommend. Real batches are gathered from one tensor of images by random indices;
 * losses stay on the backend until a report reads them, so the hot path never waits on a readback.
 * With `classes` and `labels` it trains a conditional GAN: D sees each real image with its own
 * label and each generated one with the label G was asked for, drawn uniformly.
 */
import * as tf from '@tensorflow/tfjs';
import {
  convDiscriminator,
  convGenerator,
  type ClassLabels,
  type ConvDiscriminator,
  type ConvGanOptions,
  type ConvGenerator,
} from './conv-nets';
import { discriminatorLoss, generatorLoss } from './losses';
import { normalArray, rng, sampleCategorical, setSeed } from './random';

export interface ImageGanOptions extends ConvGanOptions {
  /** Images per batch (default 64). */
  batch?: number;
  /** Adam learning rate of both players (default 2e-4). */
  lr?: number;
  /** Adam β1 (default 0.5; Adam's usual 0.9 made DCGAN training oscillate). */
  beta1?: number;
  /**
   * Decay both learning rates linearly to 0 over this many iterations (as CycleGAN, Zhu et al. 2017,
   * does over its second half). Without it (the default) they stay at `lr`. The conditional digit
   * GAN reaches its best samples and then drifts away from them; the decay holds it there.
   */
  lrDecayOver?: number;
  /** Reseed ml's generator before building the models (weights, noise, batches all follow it). */
  seed?: number;
  /** The real images' labels [n] (e.g. `ml.mnist(…).labels`); required with `classes`, kept, not copied. */
  labels?: tf.Tensor1D;
  /**
   * How often G is asked for each label, one weight per class (default: all alike). A
   * self-conditioned GAN passes its clusters' shares, so G draws each cluster as often as the data has it.
   */
  labelShares?: readonly number[];
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

/** Adam whose learning rate can be changed between steps (tfjs keeps the field protected). */
class ScheduledAdam extends tf.AdamOptimizer {
  setLearningRate(lr: number): void {
    this.learningRate = lr;
  }
}

export class ImageGan {
  readonly generator: ConvGenerator;
  readonly discriminator: ConvDiscriminator;
  readonly dOptimizer: ScheduledAdam;
  readonly gOptimizer: ScheduledAdam;
  readonly batch: number;
  iteration = 0;
  private readonly real: tf.Tensor4D;
  private readonly realLabels: tf.Tensor1D | null;
  private readonly classes: number;
  private readonly labelShares: readonly number[] | null;
  private readonly lr: number;
  private readonly lrDecayOver: number | undefined;
  private lastD: tf.Scalar | null = null;
  private lastG: tf.Scalar | null = null;

  /** `real`: training images [n, size, size, 1] in [−1, 1] (e.g. `(await ml.mnist({ size: 14 })).images`); kept, not copied. */
  constructor(real: tf.Tensor4D, options: ImageGanOptions = {}) {
    const { batch = 64, lr = 2e-4, beta1 = 0.5, seed, lrDecayOver } = options;
    if (!Number.isInteger(batch) || batch < 2) throw new Error(`ImageGan: batch must be an integer >= 2, got ${batch}`);
    if (!(lr > 0)) throw new Error(`ImageGan: lr must be > 0, got ${lr}`);
    if (lrDecayOver !== undefined && !(Number.isInteger(lrDecayOver) && lrDecayOver >= 1)) {
      throw new Error(`ImageGan: lrDecayOver must be an integer >= 1, got ${lrDecayOver}`);
    }
    if (real.rank !== 4 || real.shape[3] !== 1 || real.shape[1] !== real.shape[2]) {
      throw new Error(`ImageGan: real images must be [n, size, size, 1], got [${real.shape}]`);
    }
    const size = options.size ?? (real.shape[1] as 14 | 28);
    if (size !== real.shape[1]) throw new Error(`ImageGan: size ${size} does not match the ${real.shape[1]}×${real.shape[1]} images`);
    const classes = options.classes ?? 0;
    if (classes > 0) {
      if (!options.labels) throw new Error(`ImageGan: a conditional GAN (classes: ${classes}) needs the real images' labels`);
      if (options.labels.rank !== 1 || options.labels.shape[0] !== real.shape[0]) {
        throw new Error(`ImageGan: labels must be [${real.shape[0]}], one per image, got [${options.labels.shape}]`);
      }
      // Read once here (G and D do not check a tensor's values each step): a label ≥ classes would
      // one-hot to all zeros and train on silently, e.g. 30 clusters with classes: 10.
      const bad = Array.from(options.labels.dataSync()).find((y) => !Number.isInteger(y) || y < 0 || y >= classes);
      if (bad !== undefined) throw new Error(`ImageGan: labels must be integers 0…${classes - 1} (classes: ${classes}), got ${bad}`);
    } else if (options.labels) throw new Error('ImageGan: labels were given but classes is 0; set classes to train a conditional GAN');
    if (options.labelShares !== undefined && options.labelShares.length !== classes) {
      throw new Error(`ImageGan: labelShares needs one weight per class (${classes}), got ${options.labelShares.length}`);
    }
    if (options.labelShares) sampleCategorical(options.labelShares, 0); // refuses negative, non-finite or all-zero weights now
    if (seed !== undefined) setSeed(seed);
    this.generator = convGenerator({ ...options, size });
    this.discriminator = convDiscriminator({ ...options, size });
    // Adam's defaults for β2 and ε, as tf.train.adam uses.
    this.dOptimizer = new ScheduledAdam(lr, beta1, 0.999);
    this.gOptimizer = new ScheduledAdam(lr, beta1, 0.999);
    this.lr = lr;
    this.lrDecayOver = lrDecayOver;
    this.batch = batch;
    this.real = real;
    this.realLabels = classes > 0 ? options.labels! : null;
    this.classes = classes;
    this.labelShares = options.labelShares ?? null;
  }

  /** A batch of real images and, when conditional, their labels. */
  private realBatch(): { images: tf.Tensor4D; labels?: tf.Tensor1D } {
    const n = this.real.shape[0];
    const r = rng();
    const idx = new Int32Array(this.batch);
    for (let i = 0; i < this.batch; i++) idx[i] = r.int(n);
    return tf.tidy(() => {
      const at = tf.tensor1d(idx, 'int32');
      return { images: tf.gather(this.real, at), labels: this.realLabels ? tf.gather(this.realLabels, at) : undefined };
    });
  }

  /** n labels to ask G for, drawn as training draws them (by `labelShares`); for a grid of samples, say. */
  drawLabels(n: number): number[] {
    if (this.classes === 0) throw new Error('ImageGan.drawLabels: this GAN is unconditional (classes: 0), so G takes no labels');
    if (this.labelShares) return sampleCategorical(this.labelShares, n);
    const r = rng();
    return Array.from({ length: n }, () => r.int(this.classes));
  }

  /** Labels for a training batch (none for an unconditional GAN). */
  private fakeLabels(): tf.Tensor1D | undefined {
    if (this.classes === 0) return undefined;
    return tf.tensor1d(this.drawLabels(this.batch), 'int32');
  }

  private noise(): tf.Tensor2D {
    const latent = this.generator.options.latent;
    return tf.tensor2d(normalArray(this.batch * latent), [this.batch, latent]);
  }

  /** One D step on a real and a generated batch. The loss stays on the backend. */
  dStep(): tf.Scalar {
    const real = this.realBatch();
    const z = this.noise();
    const y = this.fakeLabels();
    const fake = this.generator.apply(z, y);
    const D = this.discriminator;
    D.updateSpectral(); // one power iteration per D step, as Miyato et al. (nothing without spectralNorm)
    const loss = this.dOptimizer.minimize(
      () => discriminatorLoss('nsgan', D.logits(real.images, real.labels), D.logits(fake, y)),
      true,
      D.variables,
    ) as tf.Scalar;
    tf.dispose([real.images, real.labels, z, y, fake].filter((t) => t !== undefined));
    return loss;
  }

  /** One G step: make D call fresh samples real (the non-saturating loss). */
  gStep(): tf.Scalar {
    const z = this.noise();
    const y = this.fakeLabels();
    const loss = this.gOptimizer.minimize(
      () => generatorLoss('nsgan', this.discriminator.logits(this.generator.apply(z, y), y)),
      true,
      this.generator.variables,
    ) as tf.Scalar;
    tf.dispose([z, y].filter((t) => t !== undefined));
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
    if (this.lrDecayOver !== undefined) {
      const rate = this.learningRate();
      this.dOptimizer.setLearningRate(rate);
      this.gOptimizer.setLearningRate(rate);
    }
  }

  /** The learning rate the next step uses (falls linearly to 0 with `lrDecayOver`). */
  learningRate(): number {
    if (this.lrDecayOver === undefined) return this.lr;
    return this.lr * Math.max(0, 1 - this.iteration / this.lrDecayOver);
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

  /** Generated images [n, size, size, 1] for the given noise (or n fresh noise vectors); a conditional GAN needs a label per image. */
  sample(noise: tf.Tensor2D | number, labels?: ClassLabels): tf.Tensor4D {
    if (typeof noise !== 'number') return this.generator.apply(noise, labels);
    const z = this.generator.noise(noise);
    try {
      return this.generator.apply(z, labels);
    } finally {
      z.dispose();
    }
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
