/**
 * The digit GAN (lib/ml/digit-gan.ts) in Node: iterations/s on each tfjs backend, as a ratio to
 * ganlab-default measured in the same run, and on wasm the seconds until the course classifier
 * labels ≥ 70% of 256 samples with confidence ≥ 0.8 and every digit gets ≥ 3%, training as the
 * DCGAN chapter's "self-conditioned" cell does (k-means clusters first, their time included).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { loadDigitClassifier } from '../lib/ml/digit-classifier';
import { DIGIT_GAN, digitQuality, meetsDigitBar, type DigitQuality } from '../lib/ml/digit-gan';
import { ImageGan } from '../lib/ml/image-gan';
import { kmeans } from '../lib/ml/kmeans';
import { mnist } from '../lib/ml/mnist';
import { useNodeAssets } from '../lib/ml/node-assets';
import { benchmark } from '../lib/ml/presets';
import { setSeed } from '../lib/ml/random';
import { registerWasmConvGradients } from '../lib/ml/wasm-conv-grad';

export interface ImageGanFigures {
  throughput: { backend: string; itPerSec: number; ganlabItPerSec: number; ratioToGanlab: number }[];
  /** wasm: seconds of clustering and training (evaluation excluded) until the bar was met, or null if not within the run. */
  secondsToDigitBar: number | null;
  iterationsToDigitBar: number | null;
  lastQuality: DigitQuality | null;
}

/** The DCGAN chapter's self-conditioned cell (content/gans-on-images/index.mdx): its clusters, its run, its seed. */
export const SELF_CONDITIONED_RUN = { clusters: 30, iterations: 800, seed: 1 } as const;

export async function imageGanFigures({ timedIterations = 20, checkEvery = 100 } = {}): Promise<ImageGanFigures> {
  registerWasmConvGradients();
  useNodeAssets();
  const throughput: ImageGanFigures['throughput'] = [];
  for (const backend of ['cpu', 'wasm']) {
    if (!(await tf.setBackend(backend))) throw new Error(`bench: tfjs backend "${backend}" did not start in Node`);
    const data = await mnist({ size: DIGIT_GAN.size });
    const gan = new ImageGan(data.images, DIGIT_GAN);
    gan.step();
    await gan.losses();
    const n = backend === 'cpu' ? Math.max(2, timedIterations / 10) : timedIterations;
    const start = performance.now();
    for (let i = 0; i < n; i++) gan.step();
    await gan.losses();
    const itPerSec = (n * 1000) / (performance.now() - start);
    gan.dispose();
    data.dispose();
    const ganlab = (await benchmark('ganlab-default', 200)).itPerSec;
    throughput.push({ backend, itPerSec, ganlabItPerSec: ganlab, ratioToGanlab: itPerSec / ganlab });
  }

  await tf.setBackend('wasm');
  const classifier = await loadDigitClassifier();
  const data = await mnist({ size: DIGIT_GAN.size });
  const { clusters: k, iterations, seed } = SELF_CONDITIONED_RUN;
  setSeed(seed);
  const clusteringStart = performance.now();
  const clusters = kmeans(data.images, k);
  let trainingMs = performance.now() - clusteringStart;
  const gan = new ImageGan(data.images, {
    ...DIGIT_GAN,
    classes: k,
    labels: clusters.labels,
    labelShares: clusters.shares,
    lrDecayOver: iterations,
  });
  let quality: DigitQuality | null = null;
  let reached: number | null = null;
  while (gan.iteration < iterations) {
    const start = performance.now();
    await gan.train({ iterations: checkEvery, reportEvery: checkEvery });
    trainingMs += performance.now() - start;
    quality = await digitQuality(classifier, gan.generator, { labelShares: clusters.shares });
    if (meetsDigitBar(quality)) {
      reached = gan.iteration;
      break;
    }
  }
  clusters.dispose();
  gan.dispose();
  data.dispose();
  classifier.dispose();
  return {
    throughput,
    secondsToDigitBar: reached === null ? null : trainingMs / 1000,
    iterationsToDigitBar: reached,
    lastQuality: quality,
  };
}
