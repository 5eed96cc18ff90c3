/**
 * The course's default digit GAN: the settings shared by the DCGAN chapter's training cell,
 * the checkpoint script (`scripts/train-generator.ts`), the Node test that training works and
 * the bench, so all four train the same thing. And the measure they report: how many of 256
 * generated digits the course classifier labels confidently, and how evenly across classes.
 */
import * as tf from '@tensorflow/tfjs';
import { labelDigits, type DigitClassifier } from './digit-classifier';
import type { ImageGanOptions } from './image-gan';

export const DIGIT_GAN: Readonly<Required<Pick<ImageGanOptions, 'size' | 'latent' | 'channels' | 'kernel' | 'batch' | 'lr' | 'beta1' | 'seed'>>> = {
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

/** Labels n generated digits (default 256) with the course classifier. */
export async function digitQuality(classifier: DigitClassifier, generate: (n: number) => tf.Tensor4D, n = 256): Promise<DigitQuality> {
  const images = generate(n);
  const labels = await labelDigits(classifier, images);
  images.dispose();
  const classShares = labels.counts.map((c) => c / n);
  return { confidentShare: labels.confidentShare, classShares, minClassShare: Math.min(...classShares) };
}

/** The bar the course sets: ≥ 70% confident and every digit at ≥ 3% of the samples. */
export const meetsDigitBar = (q: DigitQuality) => q.confidentShare >= 0.7 && q.minClassShare >= 0.03;
