/**
 * The course's default digit GAN: the network and optimiser settings shared by the DCGAN
 * chapter's two training cells (plain, and self-conditioned on k-means clusters), the checkpoint
 * script (`scripts/train-generator.ts`), the tests that run those cells in Node and the bench,
 * so all of them train the same networks. And the measure they report: how many of 256
 * generated digits the course classifier labels confidently, and how evenly across classes.
 */
import * as tf from '@tensorflow/tfjs';
import type { ConvGenerator } from './conv-nets';
import { labelDigits, type DigitClassifier } from './digit-classifier';
import type { ImageGanOptions } from './image-gan';
import { createRng, normalArray, sampleCategorical } from './random';

export const DIGIT_GAN: Readonly<
  Required<Pick<ImageGanOptions, 'size' | 'latent' | 'channels' | 'kernel' | 'batch' | 'lr' | 'beta1' | 'seed'>>
> = {
  size: 14,
  latent: 32,
  channels: 32,
  kernel: 5,
  batch: 64,
  lr: 2e-4,
  beta1: 0.5,
  seed: 1,
};

export interface DigitQuality {
  /** Share of the samples labelled with confidence ≥ 0.8. */
  confidentShare: number;
  /** Share of the samples given each label 0–9. */
  classShares: number[];
  /** The smallest of classShares: near 0 when G has dropped a digit (mode collapse). */
  minClassShare: number;
}

/** Seeds of the noise and labels `digitQuality` draws: the same every time, from generators of their own. */
const QUALITY_NOISE_SEED = 256;
const QUALITY_LABEL_SEED = 257;
const qualityNoise = (n: number, latent: number) => tf.tensor2d(normalArray(n * latent, 0, 1, createRng(QUALITY_NOISE_SEED)), [n, latent]);

export interface DigitQualityOptions {
  /** How many digits to generate and label (default 256). */
  n?: number;
  /**
   * For a conditional generator: how often to ask for each of its labels, e.g. a self-conditioned
   * GAN's `clusters.shares`. Required when the generator is conditional, since it needs a label per sample.
   */
  labelShares?: readonly number[];
}

/**
 * Labels n generated digits (default 256) with the course classifier. The noise comes from a
 * generator of its own, so measuring during training leaves the training's random draws, and
 * therefore a seeded run's result, unchanged.
 */
export async function digitQuality(
  classifier: DigitClassifier,
  generator: ConvGenerator,
  options: DigitQualityOptions = {},
): Promise<DigitQuality> {
  const { n = 256, labelShares } = options;
  const { latent, classes } = generator.options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`digitQuality: n must be a positive integer, got ${n}`);
  if (classes > 0 && labelShares?.length !== classes) {
    throw new Error(
      `digitQuality: this generator is conditional (classes: ${classes}); pass labelShares, one weight per class, to say how often to ask for each`,
    );
  }
  if (classes === 0 && labelShares)
    throw new Error('digitQuality: labelShares were given but this generator is unconditional (classes: 0)');
  const labels = labelShares ? sampleCategorical(labelShares, n, createRng(QUALITY_LABEL_SEED)) : undefined;
  const z = qualityNoise(n, latent);
  const images = generator.apply(z, labels);
  const verdict = await labelDigits(classifier, images);
  tf.dispose([z, images]);
  const classShares = verdict.counts.map((c) => c / n);
  return { confidentShare: verdict.confidentShare, classShares, minClassShare: Math.min(...classShares) };
}

/** The bar the course sets: ≥ 70% confident and every digit at ≥ 3% of the samples. */
export const meetsDigitBar = (q: DigitQuality) => q.confidentShare >= 0.7 && q.minClassShare >= 0.03;

export interface LabelAgreement {
  /** Share of all samples the classifier gives the label G was asked for. */
  agreement: number;
  /** The same share for each asked-for digit 0–9. */
  perDigit: number[];
  /** confusion[asked][said]: how many samples asked to be `asked` the classifier labels `said`. */
  confusion: number[][];
}

/**
 * For a conditional generator: asks it for each digit `perDigit` times (default 20, from the same
 * fixed noise as `digitQuality`) and counts how often the course classifier names the digit asked for.
 */
export async function labelAgreement(classifier: DigitClassifier, generator: ConvGenerator, perDigit = 20): Promise<LabelAgreement> {
  const { latent, classes } = generator.options;
  if (classes !== 10)
    throw new Error(`labelAgreement: needs a generator conditioned on the 10 digits (classes: 10), got classes: ${classes}`);
  if (!Number.isInteger(perDigit) || perDigit < 1) throw new Error(`labelAgreement: perDigit must be a positive integer, got ${perDigit}`);
  const n = 10 * perDigit;
  const asked = Array.from({ length: n }, (_, i) => i % 10);
  const z = qualityNoise(n, latent);
  const images = generator.apply(z, asked);
  const { labels } = await labelDigits(classifier, images);
  tf.dispose([z, images]);
  const confusion = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
  labels.forEach((said, i) => confusion[asked[i]][said]++);
  const perDigitShare = confusion.map((row, digit) => row[digit] / perDigit);
  return { agreement: perDigitShare.reduce((a, b) => a + b, 0) / 10, perDigit: perDigitShare, confusion };
}
