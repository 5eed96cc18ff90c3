import * as tf from '@tensorflow/tfjs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAsset, setAssetReader } from './assets';
import { mnist, MNIST_TEST_COUNT, loadMnistData, selectMnist } from './mnist';
import { decodeMnist, encodeMnist } from './mnist-format';
import { useNodeAssets } from './node-assets';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const tiny = () =>
  encodeMnist({ count: 2, width: 2, height: 2, labels: Uint8Array.of(3, 7), pixels: Uint8Array.of(0, 255, 0, 255, 10, 20, 30, 40) });

describe('MNIST asset format', () => {
  test('round trip', () => {
    const data = decodeMnist(tiny());
    expect([data.count, data.width, data.height]).toEqual([2, 2, 2]);
    expect(Array.from(data.labels)).toEqual([3, 7]);
    expect(Array.from(data.pixels)).toEqual([0, 255, 0, 255, 10, 20, 30, 40]);
  });
  test('a truncated file, a foreign file and a bad label say what is wrong', () => {
    expect(() => decodeMnist(tiny().subarray(0, 20), 'x.bin')).toThrow(
      /x.bin is truncated or damaged: 20 bytes where 2 digits of 2×2 need 26/,
    );
    expect(() => decodeMnist(tiny().subarray(0, 5), 'x.bin')).toThrow(/too short/);
    expect(() => decodeMnist(new TextEncoder().encode('<!doctype html><html>'), 'x.bin')).toThrow(
      /does not start with "MNS1" \(found "<!do"\)/,
    );
    const bad = tiny();
    bad[16] = 12;
    expect(() => decodeMnist(bad)).toThrow(/label 12, not 0–9/);
  });
});

describe('loadAsset', () => {
  test('a truncated gzip gives a clear message, and a failed read is retried next time', async () => {
    let calls = 0;
    const whole = gzipSync(tiny());
    setAssetReader(async () => (++calls === 1 ? whole.subarray(0, whole.length - 9) : whole));
    await expect(loadAsset('data/t.bin.gz')).rejects.toThrow(/data\/t.bin.gz is truncated or damaged/);
    expect(decodeMnist(await loadAsset('data/t.bin.gz')).count).toBe(2);
    expect(calls).toBe(2);
    await loadAsset('data/t.bin.gz');
    expect(calls).toBe(2);
  });
  test('ml.mnist names itself when the asset cannot be read', async () => {
    setAssetReader(async () => {
      throw new Error('could not download /data/mnist.bin.gz: the server answered 404 Not Found');
    });
    await expect(mnist()).rejects.toThrow(/^ml.mnist: could not download \/data\/mnist.bin.gz: the server answered 404/);
  });
});

describe('the shipped digits', () => {
  beforeAll(() => useNodeAssets());

  test('10,000 digits, every class present, held-out split disjoint from training', async () => {
    const data = await loadMnistData();
    expect([data.count, data.width, data.height]).toEqual([10000, 28, 28]);
    const train = selectMnist(data, { split: 'train' });
    const test = selectMnist(data, { split: 'test' });
    expect(train.count + test.count).toBe(10000);
    expect(test.count).toBe(MNIST_TEST_COUNT);
    for (const split of [train, test]) {
      const perClass = Array.from({ length: 10 }, (_, d) => split.labels.filter((l) => l === d).length);
      // The shuffle mixes classes into both splits (the smallest class, 5, is 8.6% of the whole).
      for (const c of perClass) expect(c / split.count).toBeGreaterThan(0.06);
    }
  });

  test("mean grey level is MNIST's known 0.1307 (within 0.01), background black", async () => {
    const all = selectMnist(await loadMnistData(), { split: 'all' });
    let sum = 0;
    let black = 0;
    for (const v of all.pixels) {
      sum += (v + 1) / 2;
      if (v === -1) black++;
    }
    expect(sum / all.pixels.length).toBeCloseTo(0.1307, 2);
    expect(black / all.pixels.length).toBeGreaterThan(0.75);
    expect(Math.min(...all.pixels.subarray(0, 784 * 50))).toBe(-1);
    expect(Math.max(...all.pixels.subarray(0, 784 * 50))).toBe(1);
  });

  test('14×14 is the mean of each 2×2 block of the 28×28 digit', async () => {
    const data = await loadMnistData();
    const big = selectMnist(data, { n: 3 });
    const small = selectMnist(data, { n: 3, size: 14 });
    for (const [k, r, c] of [
      [0, 7, 7],
      [2, 5, 9],
      [1, 13, 0],
    ]) {
      const at = (row: number, col: number) => big.pixels[(k * 28 + row) * 28 + col];
      const mean = (at(2 * r, 2 * c) + at(2 * r + 1, 2 * c) + at(2 * r, 2 * c + 1) + at(2 * r + 1, 2 * c + 1)) / 4;
      expect(small.pixels[(k * 14 + r) * 14 + c]).toBeCloseTo(mean, 5);
    }
  });

  test('tensors: shape, labels, digit filter and n', async () => {
    const set = await mnist({ size: 14, digits: [3, 8], n: 50 });
    expect(set.images.shape).toEqual([50, 14, 14, 1]);
    expect(set.labels.dtype).toBe('int32');
    expect(new Set(set.labels.dataSync())).toEqual(new Set([3, 8]));
    set.dispose();
    expect(set.images.isDisposed && set.labels.isDisposed).toBe(true);
  });

  test('bad options are refused with the value', async () => {
    await expect(mnist({ size: 16 as 28 })).rejects.toThrow('ml.mnist: size must be 28 or 14, got 16');
    await expect(mnist({ digits: [10] })).rejects.toThrow('digits must be integers 0–9, got 10');
    await expect(mnist({ n: 0 })).rejects.toThrow('n must be a positive number, got 0');
  });
});
