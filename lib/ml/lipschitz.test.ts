import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { largestSingularValue } from './linalg';
import { clipWeights, gradientPenalty } from './lipschitz';
import { mlp } from './mlp';
import { setSeed } from './random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('spectral normalization', () => {
  test('the persisted power iteration reaches the true σ and the normalized layer has σ ≈ 1', () => {
    setSeed(1);
    const net = mlp({ sizes: [6, 5, 1], spectralNorm: [true, false], init: 'he' });
    const raw = net.layers[0].w.arraySync() as number[][];
    const trueSigma = largestSingularValue(raw);
    net.updateSpectral(60);
    const [s0, s1] = net.sigmas();
    expect(s0).toBeCloseTo(trueSigma, 4);
    expect(s1).toBeNull();
    expect(largestSingularValue(net.weightMatrices()[0])).toBeCloseTo(1, 4);
    net.dispose();
  });
  test('one iteration per update: the estimate improves step by step and never exceeds σ', () => {
    setSeed(2);
    const net = mlp({ sizes: [8, 8], spectralNorm: true });
    const trueSigma = largestSingularValue(net.layers[0].w.arraySync() as number[][]);
    const est: number[] = [];
    for (let i = 0; i < 30; i++) {
      net.updateSpectral();
      est.push(net.sigmas()[0] as number);
    }
    expect(Math.max(...est)).toBeLessThanOrEqual(trueSigma + 1e-4);
    expect(Math.abs((est.at(-1) as number) - trueSigma)).toBeLessThan(Math.abs(est[0] - trueSigma) + 1e-9);
    net.dispose();
  });
  test('no gradient flows into u and v', () => {
    setSeed(3);
    const net = mlp({ sizes: [3, 4, 1], spectralNorm: true });
    const x = tf.ones([5, 3]) as tf.Tensor2D;
    const { grads } = tf.variableGrads(() => tf.sum(net.logits(x)) as tf.Scalar);
    const names = Object.keys(grads);
    const uv = net.layers.flatMap((l) => [l.sn?.u.name, l.sn?.v.name]);
    expect(names.filter((n) => uv.includes(n)).length).toBe(0);
    expect(names.length).toBe(4);
    tf.dispose([x, grads]);
    net.dispose();
  });
});

describe('gradient penalty', () => {
  const real = tf.tensor2d([
    [0, 0],
    [1, 2],
    [3, -1],
    [0.5, 0.5],
  ]);
  const fake = tf.tensor2d([
    [1, 1],
    [-1, 0],
    [2, 2],
    [0, 4],
  ]);
  const linear = (w: number[]) => (x: tf.Tensor2D) => tf.matMul(x, tf.tensor2d(w, [2, 1]));
  test('≈ 0 for a 1-Lipschitz linear critic with unit-norm weight', () => {
    const gp = gradientPenalty(linear([0.6, 0.8]), real, fake, 10);
    expect(gp.dataSync()[0]).toBeCloseTo(0, 6);
  });
  test('grows for a steeper critic: λ(‖w‖ − 1)²', () => {
    const gp = gradientPenalty(linear([1.8, 2.4]), real, fake, 10);
    expect(gp.dataSync()[0]).toBeCloseTo(10 * 4, 3);
    const gp2 = gradientPenalty(linear([3.6, 4.8]), real, fake, 10);
    expect(gp2.dataSync()[0]).toBeGreaterThan(gp.dataSync()[0]);
  });
  for (const hidden of ['relu', 'leakyRelu'] as const) {
    test(`is differentiable w.r.t. the critic weights (second order, through ${hidden} layers)`, () => {
      setSeed(4);
      const net = mlp({ sizes: [2, 16, 16, 1], hidden, secondOrder: true });
      const eps = tf.tensor2d([0.1, 0.5, 0.9, 0.3], [4, 1]);
      const f = () => gradientPenalty((x) => net.logits(x), real, fake, 10, eps);
      const { grads } = tf.variableGrads(f, net.variables);
      const w = net.layers[2].w;
      const g = (grads[w.name].arraySync() as number[][])[1][0];
      const h = 1e-2;
      const base = w.arraySync() as number[][];
      const at = (d: number) => {
        const m = base.map((r) => r.slice());
        m[1][0] += d;
        w.assign(tf.tensor2d(m));
        return f().dataSync()[0];
      };
      const numeric = (at(h) - at(-h)) / (2 * h);
      w.assign(tf.tensor2d(base));
      expect(g).toBeCloseTo(numeric, 2);
      expect(Math.abs(g)).toBeGreaterThan(0.1);
      net.dispose();
    });
  }
  test('bad arguments throw', () => {
    expect(() => gradientPenalty(linear([1, 0]), real, tf.zeros([3, 2]), 10)).toThrow(/same \[n, d\] shape, got \[4,2\] and \[3,2\]/);
    expect(() => gradientPenalty(linear([1, 0]), real, fake, -1)).toThrow('gradientPenalty: lambda must be >= 0, got -1');
  });
});

describe('weight clipping', () => {
  test('clamps every entry into [-c, c]', () => {
    const v = tf.variable(tf.tensor1d([-3, -0.005, 0.2, 7]));
    clipWeights([v], 0.01);
    expect(Array.from(v.dataSync())).toEqual([-0.01, -0.005, 0.01, 0.01].map((x) => Math.fround(x)));
    expect(() => clipWeights([v], 0)).toThrow('clipWeights: clip must be > 0, got 0');
    v.dispose();
  });
});
