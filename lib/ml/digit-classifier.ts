/**
 * The course's digit classifier: a small convolutional net on 14×14 digits (28×28 input is
 * averaged down 2×2 first), trained by `scripts/train-classifier.ts` and shipped as
 * `public/models/digit-classifier.bin`. Chapters use it to label generated digits
 * (`classify`) and its 64-number penultimate layer as image features (`features`).
 *
 * 14×14×1 → conv 3×3, 32, ReLU, max-pool 2 → 7×7×32 → conv 3×3, 64, ReLU, max-pool 2 → 4×4×64
 *        → dense 64, ReLU (the features) → dense 10 (logits). 85k weights, 341 KB.
 */
import * as tf from '@tensorflow/tfjs';
import { loadAsset } from './assets';
import { normalArray } from './random';
import { loadWeights, type SavableModel } from './weights';

export const CLASSIFIER_ASSET = 'models/digit-classifier.bin';

export interface DigitClassifier extends SavableModel {
  /** Images [n, 14|28, 14|28, 1] in [−1, 1] → logits [n, 10]. */
  logits(images: tf.Tensor4D): tf.Tensor2D;
  /** Class probabilities [n, 10]. */
  predict(images: tf.Tensor4D): tf.Tensor2D;
  /** The 64 penultimate activations [n, 64], for comparing sets of images. */
  features(images: tf.Tensor4D): tf.Tensor2D;
  dispose(): void;
}

// tidy: tf.variable keeps its initial tensor alive otherwise.
const he = (shape: number[], fanIn: number) =>
  tf.tidy(() =>
    tf.variable(
      tf.tensor(
        normalArray(
          shape.reduce((a, b) => a * b, 1),
          0,
          Math.sqrt(2 / fanIn),
        ),
        shape,
      ),
      true,
    ),
  );
const zeros = (n: number) => tf.tidy(() => tf.variable(tf.zeros([n]), true));

/** A classifier with fresh (He-initialised) weights; `loadDigitClassifier()` gives the trained one. */
export function digitClassifier(): DigitClassifier {
  const conv1 = { w: he([3, 3, 1, 32], 9), b: zeros(32) };
  const conv2 = { w: he([3, 3, 32, 64], 288), b: zeros(64) };
  const dense = { w: he([1024, 64], 1024), b: zeros(64) };
  const out = { w: he([64, 10], 64), b: zeros(10) };
  const variables = [conv1.w, conv1.b, conv2.w, conv2.b, dense.w, dense.b, out.w, out.b];
  const variableNames = ['conv1.w', 'conv1.b', 'conv2.w', 'conv2.b', 'dense.w', 'dense.b', 'out.w', 'out.b'];

  const features = (images: tf.Tensor4D): tf.Tensor2D =>
    tf.tidy(() => {
      if (images.rank !== 4 || images.shape[3] !== 1 || ![14, 28].includes(images.shape[1]) || images.shape[1] !== images.shape[2]) {
        throw new Error(`digit classifier: images must be [n, 14, 14, 1] or [n, 28, 28, 1], got [${images.shape}]`);
      }
      const x = images.shape[1] === 28 ? tf.avgPool(images, 2, 2, 'valid') : images;
      const h1 = tf.maxPool(tf.relu(tf.add(tf.conv2d(x, conv1.w as tf.Tensor4D, 1, 'same'), conv1.b)) as tf.Tensor4D, 2, 2, 'same');
      const h2 = tf.maxPool(tf.relu(tf.add(tf.conv2d(h1, conv2.w as tf.Tensor4D, 1, 'same'), conv2.b)) as tf.Tensor4D, 2, 2, 'same');
      return tf.relu(tf.add(tf.matMul(tf.reshape(h2, [x.shape[0], 1024]), dense.w as tf.Tensor2D), dense.b)) as tf.Tensor2D;
    });
  const logits = (images: tf.Tensor4D): tf.Tensor2D => tf.tidy(() => tf.add(tf.matMul(features(images), out.w as tf.Tensor2D), out.b));

  return {
    variables,
    variableNames,
    logits,
    predict: (images) => tf.tidy(() => tf.softmax(logits(images))),
    features,
    dispose: () => tf.dispose(variables),
  };
}

/** The trained classifier from the site (fetched on first use). */
export async function loadDigitClassifier(): Promise<DigitClassifier> {
  const bytes = await loadAsset(CLASSIFIER_ASSET);
  const model = digitClassifier();
  try {
    loadWeights(model, bytes, CLASSIFIER_ASSET);
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}

export interface DigitLabels {
  /** Most likely digit of each image. */
  labels: number[];
  /** Its probability. */
  confidence: number[];
  /** How many images got each label (confident or not). */
  counts: number[];
  /** Share of images labelled with confidence ≥ `threshold`. */
  confidentShare: number;
}

/** Labels a batch of images and summarises them (the DCGAN chapter's "what digits does G draw?"). */
export async function labelDigits(model: DigitClassifier, images: tf.Tensor4D, threshold = 0.8): Promise<DigitLabels> {
  const probs = model.predict(images);
  const values = await probs.data();
  probs.dispose();
  const n = images.shape[0];
  const labels: number[] = [];
  const confidence: number[] = [];
  const counts = new Array(10).fill(0);
  let confident = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < 10; k++) if (values[i * 10 + k] > values[i * 10 + best]) best = k;
    labels.push(best);
    confidence.push(values[i * 10 + best]);
    counts[best]++;
    if (values[i * 10 + best] >= threshold) confident++;
  }
  return { labels, confidence, counts, confidentShare: confident / n };
}
