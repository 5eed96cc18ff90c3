import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { discriminatorLoss, generatorLoss } from './losses';
import { mlp } from './mlp';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const r = tf.tensor1d([2, -1]);
const f = tf.tensor1d([0.5, -3]);
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const val = (t: tf.Scalar) => t.dataSync()[0];

describe('losses from logits', () => {
  test('minimax / nsgan D loss = −E log D(real) − E log(1 − D(fake))', () => {
    const want = -(Math.log(sig(2)) + Math.log(sig(-1))) / 2 - (Math.log(1 - sig(0.5)) + Math.log(1 - sig(-3))) / 2;
    expect(val(discriminatorLoss('minimax', r, f))).toBeCloseTo(want, 5);
    expect(val(discriminatorLoss('nsgan', r, f))).toBeCloseTo(want, 5);
  });
  test('G losses: saturating E log(1 − D) and non-saturating −E log D', () => {
    expect(val(generatorLoss('minimax', f))).toBeCloseTo((Math.log(1 - sig(0.5)) + Math.log(1 - sig(-3))) / 2, 5);
    expect(val(generatorLoss('nsgan', f))).toBeCloseTo(-(Math.log(sig(0.5)) + Math.log(sig(-3))) / 2, 5);
  });
  test('stable for huge logits (no log 0)', () => {
    const big = tf.tensor1d([-1000, 1000]);
    expect(val(discriminatorLoss('nsgan', big, big))).toBeCloseTo((1000 + 0) / 2 + (0 + 1000) / 2, 3);
    expect(Number.isFinite(val(generatorLoss('nsgan', big)))).toBe(true);
  });
  test('saturation: minimax G gradient vanishes where D rejects fakes, nsgan does not', () => {
    const x = tf.tensor1d([-8]);
    const gm = tf
      .grad((t: tf.Tensor) => generatorLoss('minimax', t))(x)
      .dataSync()[0];
    const gn = tf
      .grad((t: tf.Tensor) => generatorLoss('nsgan', t))(x)
      .dataSync()[0];
    expect(Math.abs(gm)).toBeLessThan(1e-3);
    expect(Math.abs(gn)).toBeGreaterThan(0.99);
  });
  test('one-sided label smoothing and GAN Lab real weight', () => {
    const t = 0.9;
    const want =
      (t * Math.log1p(Math.exp(-2)) + (1 - t) * Math.log1p(Math.exp(2))) / 2 +
      (t * Math.log1p(Math.exp(1)) + (1 - t) * Math.log1p(Math.exp(-1))) / 2 +
      (Math.log1p(Math.exp(0.5)) + Math.log1p(Math.exp(-3))) / 2;
    expect(val(discriminatorLoss('nsgan', r, f, { realLabel: t }))).toBeCloseTo(want, 5);
    const w = val(discriminatorLoss('nsgan', r, f, { realWeight: 0.95 }));
    expect(w).toBeCloseTo(
      (0.95 * (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(1)))) / 2 + (Math.log1p(Math.exp(0.5)) + Math.log1p(Math.exp(-3))) / 2,
      5,
    );
    expect(() => discriminatorLoss('nsgan', r, f, { realLabel: 1.2 })).toThrow(/realLabel must be in \(0, 1\], got 1.2/);
  });
  test('least squares, Wasserstein and hinge', () => {
    expect(val(discriminatorLoss('lsgan', r, f))).toBeCloseTo((0.5 * (1 + 4)) / 2 + (0.5 * (0.25 + 9)) / 2, 5);
    expect(val(generatorLoss('lsgan', f))).toBeCloseTo((0.5 * (0.25 + 16)) / 2, 5);
    expect(val(discriminatorLoss('wasserstein', r, f))).toBeCloseTo(-0.5 + -1.25, 5);
    expect(val(generatorLoss('wasserstein', f))).toBeCloseTo(1.25, 5);
    expect(val(discriminatorLoss('hinge', r, f))).toBeCloseTo((0 + 2) / 2 + (1.5 + 0) / 2, 5);
    expect(val(generatorLoss('hinge', f))).toBeCloseTo(1.25, 5);
  });
  test('unknown loss throws listing valid names', () => {
    expect(() => generatorLoss('foo' as never, f)).toThrow('loss: unknown loss "foo"; valid: minimax, nsgan, lsgan, wasserstein, hinge');
  });
});

describe('mlp', () => {
  test('shapes, activations and argument checks', () => {
    const g = mlp({ sizes: [2, 8, 8, 2], output: 'tanh' });
    const y = g.apply(tf.ones([5, 2]));
    expect(y.shape).toEqual([5, 2]);
    expect(Math.max(...Array.from(y.dataSync()).map(Math.abs))).toBeLessThanOrEqual(1);
    expect(g.variables.length).toBe(6);
    expect(() => g.apply(tf.ones([5, 3]))).toThrow('mlp: input must have shape [n, 2], got [5,3]');
    g.dispose();
    expect(() => mlp({ sizes: [2] })).toThrow(/at least 2 positive integers, got \[2\]/);
    expect(() => mlp({ sizes: [2, 1], hidden: 'swish' as never })).toThrow(/unknown activation "swish"/);
    expect(() => mlp({ sizes: [2, 3, 1], spectralNorm: [true] })).toThrow(/one flag per layer \(2\), got 1/);
  });
  test('leaky ReLU slope is applied', () => {
    const d = mlp({ sizes: [1, 1, 1], hidden: 'leakyRelu', leakySlope: 0.1 });
    d.layers[0].w.assign(tf.tensor2d([[1]]));
    d.layers[1].w.assign(tf.tensor2d([[1]]));
    expect(Array.from(d.apply(tf.tensor2d([[-2], [3]])).dataSync())).toEqual([Math.fround(-0.2), 3]);
    d.dispose();
  });
});
