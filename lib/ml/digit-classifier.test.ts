import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { setAssetReader } from './assets';
import { CLASSIFIER_ASSET, digitClassifier, labelDigits, loadDigitClassifier } from './digit-classifier';
import { mnist } from './mnist';
import { PUBLIC_DIR, useNodeAssets } from './node-assets';
import { decodeWeights } from './weights';
import { readFileSync } from 'node:fs';

beforeAll(async () => {
  await tf.setBackend('wasm');
  useNodeAssets();
});

describe('the course digit classifier', () => {
  test('ships at most 500 KB and scores at least 97% on the 2,000 held-out digits, as its script printed', async () => {
    expect(statSync(path.join(PUBLIC_DIR, CLASSIFIER_ASSET)).size).toBeLessThanOrEqual(500_000);
    const model = await loadDigitClassifier();
    const test = await mnist({ size: 14, split: 'test' });
    const labels = await labelDigits(model, test.images);
    const truth = test.labels.dataSync();
    const accuracy = labels.labels.filter((l, i) => l === truth[i]).length / test.count;
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
    const meta = decodeWeights(readFileSync(path.join(PUBLIC_DIR, CLASSIFIER_ASSET))).meta;
    expect(accuracy).toBeCloseTo(meta.heldOutAccuracy as number, 3);
    test.dispose();
    model.dispose();
  });

  test('reads 28×28 digits by averaging them to 14×14, and gives 64 features per image', async () => {
    const model = await loadDigitClassifier();
    const big = await mnist({ size: 28, n: 20 });
    const small = await mnist({ size: 14, n: 20 });
    const a = model.predict(big.images);
    const b = model.predict(small.images);
    const diff = tf.max(tf.abs(tf.sub(a, b))).dataSync()[0];
    expect(diff).toBeLessThan(1e-5);
    const f = model.features(small.images);
    expect(f.shape).toEqual([20, 64]);
    tf.dispose([a, b, f]);
    big.dispose();
    small.dispose();
    model.dispose();
  });

  test('labelDigits counts per class and the confident share', async () => {
    const model = digitClassifier();
    const x = tf.zeros([6, 14, 14, 1]) as tf.Tensor4D;
    const out = await labelDigits(model, x, 0);
    expect(out.counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(out.confidentShare).toBe(1);
    expect((await labelDigits(model, x, 1.01)).confidentShare).toBe(0);
    expect(() => model.predict(tf.zeros([2, 16, 16, 1]) as tf.Tensor4D)).toThrow(
      'images must be [n, 14, 14, 1] or [n, 28, 28, 1], got [2,16,16,1]',
    );
    x.dispose();
    model.dispose();
  });

  test('a damaged weights file gives a clear message and leaks nothing', async () => {
    const whole = readFileSync(path.join(PUBLIC_DIR, CLASSIFIER_ASSET));
    setAssetReader(async () => new Uint8Array(whole.subarray(0, 5000)));
    const before = tf.memory().numTensors;
    await expect(loadDigitClassifier()).rejects.toThrow(/models\/digit-classifier.bin is truncated or damaged/);
    expect(tf.memory().numTensors).toBe(before);
    useNodeAssets();
  });
});
