import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerWasmConvGradients } from './wasm-conv-grad';

beforeAll(async () => {
  registerWasmConvGradients();
  await tf.setBackend('wasm');
});

// Gradients of a scalar function of a conv layer, on one backend, as plain arrays.
async function kernelGradient(backend: string, kind: 'conv2d' | 'conv2dTranspose', stride: number, pad: 'same' | 'valid') {
  await tf.setBackend(backend);
  const rand = (shape: number[], seed: number) => tf.randomNormal(shape, 0, 1, 'float32', seed);
  const out = tf.tidy(() => {
    const x = rand(kind === 'conv2d' ? [3, 9, 9, 2] : [3, 4, 4, 5], 1) as tf.Tensor4D;
    const w = rand([5, 5, kind === 'conv2d' ? 2 : 3, kind === 'conv2d' ? 4 : 5], 2) as tf.Tensor4D;
    const f = (wv: tf.Tensor4D) => {
      const y =
        kind === 'conv2d'
          ? tf.conv2d(x, wv, stride, pad)
          : tf.conv2dTranspose(
              x,
              wv,
              [3, 4 * stride + (pad === 'valid' ? 5 - stride : 0), 4 * stride + (pad === 'valid' ? 5 - stride : 0), 3],
              stride,
              pad,
            );
      return tf.sum(tf.mul(tf.sin(y), tf.cos(tf.mul(y, 0.5))));
    };
    const [dw] = tf.grads((wv: tf.Tensor) => f(wv as tf.Tensor4D))([w]);
    return dw;
  });
  const values = Array.from(await out.data());
  out.dispose();
  return values;
}

// Input gradient (and conv2dTranspose's forward pass), as plain arrays.
async function inputGradient(backend: string, kind: 'conv2d' | 'conv2dTranspose', stride: number, pad: 'same' | 'valid', side: number) {
  await tf.setBackend(backend);
  const out = tf.tidy(() => {
    const x = tf.randomNormal([2, side, side, 3], 0, 1, 'float32', 4) as tf.Tensor4D;
    const w = tf.randomNormal([5, 5, 3, 4], 0, 1, 'float32', 5) as tf.Tensor4D;
    if (kind === 'conv2dTranspose') {
      const up = (side - 1) * stride + (pad === 'valid' ? 5 : 1);
      const wt = tf.randomNormal([5, 5, 4, 3], 0, 1, 'float32', 6) as tf.Tensor4D;
      return tf.conv2dTranspose(x, wt, [2, pad === 'same' ? side * stride : up, pad === 'same' ? side * stride : up, 4], stride, pad);
    }
    const [dx] = tf.grads((xv: tf.Tensor) => tf.sum(tf.sin(tf.conv2d(xv as tf.Tensor4D, w, stride, pad))))([x]);
    return dx;
  });
  const values = Array.from(await out.data());
  const shape = out.shape;
  out.dispose();
  return { values, shape };
}

describe('Conv2DBackpropInput on wasm (a Conv2D over zero-dilated dy)', () => {
  for (const [kind, stride, pad, side] of [
    ['conv2d', 1, 'same', 9],
    ['conv2d', 2, 'same', 9],
    ['conv2d', 2, 'same', 14],
    ['conv2d', 2, 'valid', 9],
    ['conv2d', 2, 'valid', 10],
    ['conv2d', 3, 'same', 10],
    ['conv2dTranspose', 2, 'same', 7],
    ['conv2dTranspose', 2, 'valid', 4],
  ] as const) {
    test(`${kind}, stride ${stride}, ${pad}, ${side}×${side}: equals the cpu backend`, async () => {
      const cpu = await inputGradient('cpu', kind, stride, pad, side);
      const wasm = await inputGradient('wasm', kind, stride, pad, side);
      expect(wasm.shape).toEqual(cpu.shape);
      const scale = Math.max(...cpu.values.map(Math.abs));
      const worst = Math.max(...cpu.values.map((v, i) => Math.abs(v - wasm.values[i])));
      expect(scale).toBeGreaterThan(0.1);
      expect(worst / scale).toBeLessThan(1e-4);
    });
  }
});

describe('Conv2DBackpropFilter on wasm (a dilated Conv2D)', () => {
  for (const [kind, stride, pad] of [
    ['conv2d', 1, 'same'],
    ['conv2d', 2, 'same'],
    ['conv2d', 2, 'valid'],
    ['conv2d', 3, 'same'],
    ['conv2dTranspose', 1, 'same'],
    ['conv2dTranspose', 2, 'same'],
  ] as const) {
    test(`${kind}, stride ${stride}, ${pad}: kernel gradient equals the cpu backend's`, async () => {
      const cpu = await kernelGradient('cpu', kind, stride, pad);
      const wasm = await kernelGradient('wasm', kind, stride, pad);
      expect(wasm.length).toBe(cpu.length);
      const scale = Math.max(...cpu.map(Math.abs));
      const worst = Math.max(...cpu.map((v, i) => Math.abs(v - wasm[i])));
      expect(scale).toBeGreaterThan(0.1);
      expect(worst / scale).toBeLessThan(1e-4);
    });
  }

  test('no tensors left behind; matches the closed form on ones', async () => {
    await tf.setBackend('wasm');
    const x = tf.ones([1, 6, 6, 1]) as tf.Tensor4D;
    const w = tf.ones([3, 3, 1, 2]) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    const buffersBefore = tf.engine().backend.numDataIds();
    tf.tidy(() => {
      tf.grads((wv: tf.Tensor) => tf.sum(tf.conv2d(x, wv as tf.Tensor4D, 2, 'same')))([w]);
      tf.grads((xv: tf.Tensor) => tf.sum(tf.conv2d(xv as tf.Tensor4D, w, 2, 'same')))([x]);
    });
    expect(tf.memory().numTensors).toBe(before);
    // The kernel's own intermediates (transposes, the uncropped result) are freed too.
    expect(tf.engine().backend.numDataIds()).toBe(buffersBefore);
    // Closed form: every output of a valid 3×3 conv of ones sees 9 ones; 4×4 outputs, so dL/dw = 16.
    const [dw] = tf.grads((wv: tf.Tensor) => tf.sum(tf.conv2d(x, wv as tf.Tensor4D, 1, 'valid')))([w]);
    expect(Array.from(dw.dataSync())).toEqual(new Array(18).fill(16));
    tf.dispose([x, w, dw]);
  });
});
