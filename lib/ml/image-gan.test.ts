import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { convDiscriminator, convGenerator } from './conv-nets';
import { ImageGan } from './image-gan';
import { setSeed } from './random';
import { decodeWeights, loadWeights, saveWeights } from './weights';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const snapshot = (vars: tf.Variable[]) => vars.map((v) => Array.from(v.dataSync()));
const fakeDigits = (n: number, size = 14) =>
  tf.tidy(() => tf.sub(tf.mul(tf.randomUniform([n, size, size, 1], 0, 1, 'float32', 3), 2), 1)) as tf.Tensor4D;

describe('DCGAN generator and discriminator', () => {
  for (const size of [14, 28] as const) {
    test(`${size}×${size}: output shapes and ranges`, () => {
      setSeed(1);
      const g = convGenerator({ size, channels: 8 });
      const d = convDiscriminator({ size, channels: 8 });
      const z = g.noise(5);
      const images = g.apply(z);
      expect(images.shape).toEqual([5, size, size, 1]);
      const values = images.dataSync();
      expect(Math.max(...values)).toBeLessThan(1);
      expect(Math.min(...values)).toBeGreaterThan(-1);
      expect(d.logits(images).shape).toEqual([5, 1]);
      tf.dispose([z, images]);
      g.dispose();
      d.dispose();
    });
  }

  test("weights start from DCGAN's N(0, 0.02²), biases at 0", () => {
    setSeed(2);
    const g = convGenerator({ channels: 16 });
    const w = Array.from(g.variables[0].dataSync());
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const std = Math.sqrt(w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length);
    expect(w.length).toBe(32 * 49 * 16);
    expect(std).toBeCloseTo(0.02, 3);
    expect(Array.from(g.variables[1].dataSync()).every((b) => b === 0)).toBe(true);
    g.dispose();
  });

  test('breaking a guideline: without batch norm G has no scale/shift variables', () => {
    const withBn = convGenerator({ size: 28, channels: 8 });
    const without = convGenerator({ size: 28, channels: 8, batchNorm: false });
    expect(withBn.variableNames).toContain('bn1.gamma');
    expect(without.variableNames.some((n) => n.startsWith('bn'))).toBe(false);
    withBn.dispose();
    without.dispose();
  });

  test('bad input is refused with the value', () => {
    expect(() => convGenerator({ size: 16 as 14 })).toThrow('conv GAN: size must be 14 or 28, got 16');
    expect(() => convGenerator({ channels: 0 })).toThrow('channels must be a positive integer, got 0');
    const g = convGenerator();
    const z = tf.zeros([2, 7]) as tf.Tensor2D;
    expect(() => g.apply(z)).toThrow('generator: noise must be [n, 32], got [2,7]');
    const d = convDiscriminator();
    const x = tf.zeros([2, 28, 28, 1]) as tf.Tensor4D;
    expect(() => d.logits(x)).toThrow('discriminator: images must be [n, 14, 14, 1], got [2,28,28,1]');
    tf.dispose([z, x]);
    g.dispose();
    d.dispose();
  });
});

describe('ImageGan training steps (after tfjs-examples mnist-acgan/gan_test.js)', () => {
  test('no tensor leak after a warm-up step; dispose frees everything it made', async () => {
    const real = fakeDigits(32);
    const base = tf.memory().numTensors;
    const gan = new ImageGan(real, { channels: 8, batch: 8, seed: 3 });
    gan.step();
    const afterWarmUp = tf.memory().numTensors;
    gan.step();
    gan.step();
    expect(tf.memory().numTensors).toBe(afterWarmUp);
    const { dLoss, gLoss } = await gan.losses();
    expect(Number.isFinite(dLoss) && Number.isFinite(gLoss)).toBe(true);
    gan.dispose();
    expect(tf.memory().numTensors).toBe(base);
    real.dispose();
  });

  test("a G step leaves D's weights unchanged, and a D step leaves G's unchanged", () => {
    const real = fakeDigits(32);
    const gan = new ImageGan(real, { channels: 8, batch: 8, seed: 4 });
    const d0 = snapshot(gan.discriminator.variables);
    const g0 = snapshot(gan.generator.variables);
    tf.dispose(gan.gStep());
    expect(snapshot(gan.discriminator.variables)).toEqual(d0);
    const g1 = snapshot(gan.generator.variables);
    expect(g1).not.toEqual(g0);
    tf.dispose(gan.dStep());
    expect(snapshot(gan.generator.variables)).toEqual(g1);
    expect(snapshot(gan.discriminator.variables)).not.toEqual(d0);
    gan.dispose();
    real.dispose();
  });

  test('the same seed gives the same training', async () => {
    const real = fakeDigits(32);
    const run = async () => {
      const gan = new ImageGan(real, { channels: 8, batch: 8, seed: 5 });
      await gan.train({ iterations: 3 });
      const w = snapshot(gan.generator.variables);
      gan.dispose();
      return w;
    };
    expect(await run()).toEqual(await run());
    real.dispose();
  });

  test('train() reports, stops when asked, and refuses bad settings', async () => {
    const real = fakeDigits(16);
    const gan = new ImageGan(real, { channels: 8, batch: 4, seed: 6 });
    const seen: number[] = [];
    const done = await gan.train({
      iterations: 10,
      reportEvery: 2,
      onReport: (r) => void seen.push(r.iteration),
      shouldStop: () => seen.length === 2,
    });
    expect(done).toBe(4);
    expect(seen).toEqual([2, 4]);
    await expect(gan.train({ iterations: -1 })).rejects.toThrow('iterations must be an integer >= 0, got -1');
    gan.dispose();
    expect(() => new ImageGan(real, { size: 28 })).toThrow('ImageGan: size 28 does not match the 14×14 images');
    const flat = tf.zeros([4, 196]);
    expect(() => new ImageGan(flat as unknown as tf.Tensor4D)).toThrow('real images must be [n, size, size, 1], got [4,196]');
    tf.dispose([real, flat]);
  });
});

describe('saved weights', () => {
  test('a generator saved and loaded into a fresh one draws the same images', () => {
    setSeed(8);
    const g = convGenerator({ channels: 8 });
    const bytes = saveWeights(g, { note: 'test' });
    const fresh = convGenerator({ channels: 8 });
    const z = g.noise(3);
    const before = Array.from(fresh.apply(z).dataSync());
    expect(loadWeights(fresh, bytes)).toEqual({ note: 'test' });
    const a = g.apply(z);
    const b = fresh.apply(z);
    expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
    expect(Array.from(b.dataSync())).not.toEqual(before);
    tf.dispose([z, a, b]);
    fresh.dispose();
    g.dispose();
  });

  test('wrong model, truncated file and foreign file are refused with what is wrong', () => {
    const g = convGenerator({ channels: 8 });
    const other = convGenerator({ channels: 16 });
    const bytes = saveWeights(g);
    expect(() => loadWeights(other, bytes, 'g.bin')).toThrow(
      /g.bin: array 0 is project.w \[32,392\] but the model expects project.w \[32,784\]/,
    );
    expect(() => decodeWeights(bytes.subarray(0, bytes.length - 4), 'g.bin')).toThrow(
      /g.bin is truncated or damaged: \d+ bytes where its header promises \d+/,
    );
    expect(() => decodeWeights(new Uint8Array(12), 'g.bin')).toThrow('g.bin is not a weights file');
    g.dispose();
    other.dispose();
  });
});
