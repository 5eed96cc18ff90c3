/**
 * Conditional DCGAN pieces: G(z, y) with a one-hot label, the projection discriminator
 * ψ(φ(x)) + embed(y)ᵀφ(x), ImageGan's labels, label shares and learning-rate decay, labelAgreement
 * and digitQuality of a conditional generator.
 * Each is checked against the unconditional model it extends, with weights copied across.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { convDiscriminator, convGenerator, type ConvGenerator } from './conv-nets';
import { loadDigitClassifier } from './digit-classifier';
import { digitQuality, labelAgreement } from './digit-gan';
import { ImageGan } from './image-gan';
import { mnist } from './mnist';
import { useNodeAssets } from './node-assets';
import { setSeed } from './random';

beforeAll(async () => {
  await tf.setBackend('cpu');
  useNodeAssets();
});

const maxAbsDiff = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
const fakeDigits = (n: number) => tf.tidy(() => tf.sub(tf.mul(tf.randomUniform([n, 14, 14, 1], 0, 1, 'float32', 5), 2), 1)) as tf.Tensor4D;

describe('conditional generator', () => {
  test('G(z, y) is the unconditional G with row latent + y of the projection added to its bias', () => {
    setSeed(4);
    const options = { channels: 8, latent: 6, batchNorm: false, output: 'linear' as const };
    const cond = convGenerator({ ...options, classes: 3 });
    const plain = convGenerator(options);
    expect(cond.variables[0].shape).toEqual([6 + 3, 49 * 8]);
    expect(plain.variableNames).toEqual(cond.variableNames); // saved unconditional checkpoints keep their names
    const [w, b] = cond.variables;
    cond.variables.slice(2).forEach((v, i) => plain.variables[2 + i].assign(v));
    plain.variables[0].assign(tf.slice(w, [0, 0], [6, -1]));
    const z = tf.randomNormal([4, 6], 0, 1, 'float32', 9) as tf.Tensor2D;
    for (const y of [0, 2]) {
      plain.variables[1].assign(tf.add(b, tf.squeeze(tf.slice(w, [6 + y, 0], [1, -1]))));
      const a = cond.apply(z, [y, y, y, y]);
      const e = plain.apply(z);
      expect(maxAbsDiff(a, e)).toBeLessThan(1e-5);
      tf.dispose([a, e]);
    }
    const zero = cond.apply(z, [0, 0, 0, 0]);
    const two = cond.apply(z, tf.tensor1d([2, 2, 2, 2], 'int32'));
    expect(maxAbsDiff(zero, two)).toBeGreaterThan(1e-3); // the label changes the image
    tf.dispose([z, zero, two]);
    cond.dispose();
    plain.dispose();
  });

  test('labels are required exactly when the model is conditional, one per row, in range', () => {
    const cond = convGenerator({ channels: 4, classes: 10 });
    const plain = convGenerator({ channels: 4 });
    const z = tf.zeros([2, 32]) as tf.Tensor2D;
    expect(() => cond.apply(z)).toThrow('generator: this model is conditional (classes: 10); pass a label for each row');
    expect(() => plain.apply(z, [1, 2])).toThrow('generator: this model is unconditional (classes: 0), so it takes no labels');
    expect(() => cond.apply(z, [1])).toThrow('generator: 1 labels for 2 rows');
    expect(() => cond.apply(z, [1, 10])).toThrow('generator: labels must be integers 0…9, got 10');
    expect(() => cond.apply(z, [1, 2.5])).toThrow('labels must be integers 0…9, got 2.5');
    const wrong = tf.tensor1d([1, 2, 3], 'int32');
    expect(() => cond.apply(z, wrong)).toThrow('generator: labels must be [2], got [3]');
    expect(() => convGenerator({ classes: -1 })).toThrow('conv GAN: classes must be an integer >= 0, got -1');
    tf.dispose([z, wrong]);
    cond.dispose();
    plain.dispose();
  });
});

describe('projection discriminator', () => {
  test('logit(x, y) = ψ(φ(x)) + embed(y)ᵀφ(x): zero embedding gives the unconditional logit, embed(y) = ψ doubles it', () => {
    setSeed(6);
    const cond = convDiscriminator({ channels: 8, classes: 3 });
    const plain = convDiscriminator({ channels: 8 });
    expect(cond.variableNames.at(-1)).toBe('embed');
    expect(cond.variables.at(-1)!.shape).toEqual([3, 49 * 8]);
    plain.variables.forEach((v, i) => v.assign(cond.variables[i]));
    const [outW, outB, embed] = cond.variables.slice(-3);
    // Row 1 = ψ's weights, rows 0 and 2 = 0.
    embed.assign(tf.tidy(() => tf.concat([tf.zeros([1, 392]), tf.transpose(outW), tf.zeros([1, 392])], 0)));
    const x = fakeDigits(5);
    const base = plain.logits(x);
    const zeroRow = cond.logits(x, [0, 2, 0, 2, 0]);
    const psiRow = cond.logits(x, [1, 1, 1, 1, 1]);
    expect(maxAbsDiff(zeroRow, base)).toBeLessThan(1e-5);
    const doubled = tf.tidy(() => tf.sub(tf.mul(tf.sub(base, outB), 2), tf.neg(outB)));
    expect(maxAbsDiff(psiRow, doubled)).toBeLessThan(1e-4);
    expect(() => cond.logits(x)).toThrow('discriminator: this model is conditional (classes: 3); pass a label for each row');
    tf.dispose([x, base, zeroRow, psiRow, doubled]);
    cond.dispose();
    plain.dispose();
  });
});

describe('conditional ImageGan', () => {
  test('trains on labelled images without leaking, and refuses missing or mismatched labels', () => {
    const real = fakeDigits(16);
    const labels = tf.tensor1d(
      Array.from({ length: 16 }, (_, i) => i % 10),
      'int32',
    );
    const short = tf.tensor1d([1, 2, 3], 'int32');
    expect(() => new ImageGan(real, { channels: 4, classes: 10 })).toThrow(
      "ImageGan: a conditional GAN (classes: 10) needs the real images' labels",
    );
    expect(() => new ImageGan(real, { channels: 4, classes: 10, labels: short })).toThrow(
      'ImageGan: labels must be [16], one per image, got [3]',
    );
    expect(() => new ImageGan(real, { channels: 4, labels })).toThrow('ImageGan: labels were given but classes is 0');
    expect(() => new ImageGan(real, { channels: 4, classes: 5, labels })).toThrow(
      'ImageGan: labels must be integers 0…4 (classes: 5), got 5',
    );
    const negative = tf.tensor1d(new Array(16).fill(-1), 'int32');
    expect(() => new ImageGan(real, { channels: 4, classes: 10, labels: negative })).toThrow('got -1');
    const fractional = tf.tensor1d(new Array(16).fill(0.5));
    expect(() => new ImageGan(real, { channels: 4, classes: 10, labels: fractional })).toThrow('got 0.5');
    tf.dispose([negative, fractional]);
    const gan = new ImageGan(real, { channels: 4, batch: 8, classes: 10, labels, seed: 2 });
    gan.step();
    const warm = tf.memory().numTensors;
    gan.step();
    gan.step();
    expect(tf.memory().numTensors).toBe(warm);
    const images = gan.sample(3, [7, 7, 1]);
    expect(images.shape).toEqual([3, 14, 14, 1]);
    expect(() => gan.sample(3)).toThrow('generator: this model is conditional (classes: 10); pass a label for each row');
    tf.dispose([real, labels, short, images]);
    gan.dispose();
  });

  test('labelShares: G is asked for each label as often as its weight says; drawLabels shows the draws', () => {
    const real = fakeDigits(16);
    const labels = tf.tensor1d(
      Array.from({ length: 16 }, (_, i) => i % 3),
      'int32',
    );
    const gan = new ImageGan(real, { channels: 4, batch: 8, classes: 3, labels, labelShares: [0, 1, 0], seed: 4 });
    expect(gan.drawLabels(20)).toEqual(new Array(20).fill(1));
    gan.step();
    const uniform = new ImageGan(real, { channels: 4, batch: 8, classes: 3, labels, seed: 4 });
    expect(new Set(uniform.drawLabels(60))).toEqual(new Set([0, 1, 2]));
    expect(() => new ImageGan(real, { channels: 4, classes: 3, labels, labelShares: [1, 1] })).toThrow(
      'ImageGan: labelShares needs one weight per class (3), got 2',
    );
    expect(() => new ImageGan(real, { channels: 4, classes: 3, labels, labelShares: [0, 0, 0] })).toThrow(
      'sampleCategorical: weights must not all be 0',
    );
    const plain = new ImageGan(real, { channels: 4 });
    expect(() => plain.drawLabels(2)).toThrow('ImageGan.drawLabels: this GAN is unconditional (classes: 0)');
    [gan, uniform, plain].forEach((g) => g.dispose());
    tf.dispose([real, labels]);
  });

  test('lrDecayOver: the learning rate falls linearly to 0, and steps at 0 leave both players unchanged', () => {
    const real = fakeDigits(16);
    const gan = new ImageGan(real, { channels: 4, batch: 4, seed: 3, lr: 1e-3, lrDecayOver: 4 });
    const rates = [gan.learningRate()];
    for (let i = 0; i < 4; i++) {
      gan.step();
      rates.push(gan.learningRate());
    }
    rates.forEach((r, k) => expect(r).toBeCloseTo(1e-3 * (1 - k / 4), 12));
    const before = [...gan.generator.variables, ...gan.discriminator.variables].map((v) => Array.from(v.dataSync()));
    gan.step();
    expect(gan.learningRate()).toBe(0);
    const after = [...gan.generator.variables, ...gan.discriminator.variables].map((v) => Array.from(v.dataSync()));
    expect(after).toEqual(before);
    expect(() => new ImageGan(real, { lrDecayOver: 0 })).toThrow('ImageGan: lrDecayOver must be an integer >= 1, got 0');
    const constant = new ImageGan(real, { channels: 4, batch: 4, lr: 1e-3 });
    constant.step();
    expect(constant.learningRate()).toBe(1e-3);
    tf.dispose(real);
    gan.dispose();
    constant.dispose();
  });
});

describe('digitQuality of a conditional generator', () => {
  test('asks for labels by labelShares, and refuses a conditional generator without them (or shares for a plain one)', async () => {
    const classifier = await loadDigitClassifier();
    const test = await mnist({ size: 14, split: 'test', n: 400 });
    const labels = Array.from(await test.labels.data());
    const seven = tf.slice(test.images, [labels.indexOf(7), 0, 0, 0], [1, 14, 14, 1]);
    const three = tf.slice(test.images, [labels.indexOf(3), 0, 0, 0], [1, 14, 14, 1]);
    // Label 0 draws that 7, label 1 that 3: shares [1, 3] should give about a quarter 7s.
    const g = {
      options: { classes: 2, latent: 4 },
      apply: (_z: tf.Tensor2D, asked: number[]) => tf.concat(asked.map((y) => (y === 0 ? seven : three).clone())),
    } as unknown as ConvGenerator;
    const q = await digitQuality(classifier, g, { labelShares: [1, 3] });
    expect(q.classShares[7] + q.classShares[3]).toBe(1);
    expect(Math.abs(q.classShares[7] - 0.25)).toBeLessThan(4 * Math.sqrt((0.25 * 0.75) / 256));
    await expect(digitQuality(classifier, g)).rejects.toThrow('digitQuality: this generator is conditional (classes: 2); pass labelShares');
    const plain = convGenerator({ channels: 4 });
    await expect(digitQuality(classifier, plain, { labelShares: [1] })).rejects.toThrow(
      'digitQuality: labelShares were given but this generator is unconditional',
    );
    await expect(digitQuality(classifier, plain, { n: 0 })).rejects.toThrow('digitQuality: n must be a positive integer, got 0');
    plain.dispose();
    tf.dispose([seven, three]);
    test.dispose();
    classifier.dispose();
  });
});

describe('labelAgreement', () => {
  /** A stand-in conditional generator that returns a fixed image per asked-for label. */
  function replaying(imageFor: (label: number) => tf.Tensor4D): ConvGenerator {
    return {
      options: { classes: 10, latent: 4 },
      apply: (_z: tf.Tensor2D, labels: number[]) => tf.concat(labels.map(imageFor)),
    } as unknown as ConvGenerator;
  }

  test('real digits of the asked-for label agree; a generator that always draws the same 1 agrees only on 1s', async () => {
    const classifier = await loadDigitClassifier();
    const test = await mnist({ size: 14, split: 'test', n: 400 });
    const labels = Array.from(await test.labels.data());
    const firstOf = (d: number) => tf.slice(test.images, [labels.indexOf(d), 0, 0, 0], [1, 14, 14, 1]);
    const perLabel = Array.from({ length: 10 }, (_, d) => firstOf(d));
    const honest = await labelAgreement(
      classifier,
      replaying((d) => perLabel[d].clone()),
      3,
    );
    expect(honest.agreement).toBe(1);
    expect(honest.confusion.map((row) => row.reduce((a, b) => a + b, 0))).toEqual(new Array(10).fill(3));

    const onlyOne = await labelAgreement(
      classifier,
      replaying(() => perLabel[1].clone()),
      5,
    );
    expect(onlyOne.agreement).toBeCloseTo(0.1, 12);
    expect(onlyOne.perDigit).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(onlyOne.confusion.map((row) => row[1])).toEqual(new Array(10).fill(5));

    const plain = convGenerator({ channels: 4 });
    await expect(labelAgreement(classifier, plain)).rejects.toThrow('labelAgreement: needs a generator conditioned on the 10 digits');
    plain.dispose();
    tf.dispose(perLabel);
    test.dispose();
    classifier.dispose();
  });
});
