import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { convDiscriminator } from './conv-nets';
import { createKernelSpectralState, kernelMatrix, kernelSigma, normalizedKernel, updateKernelSpectral } from './conv-spectral';
import { ImageGan } from './image-gan';
import { largestSingularValue } from './linalg';
import { normalArray, setSeed } from './random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const randomKernel = (shape: [number, number, number, number]) => tf.tensor4d(normalArray(shape.reduce((a, b) => a * b, 1)), shape);

describe('spectral normalization of convolution kernels', () => {
  test('a rank-one kernel a⊗b has σ = ‖a‖·‖b‖, and power iteration finds it', () => {
    setSeed(1);
    // Matrix [kh·kw·in, out] = a bᵀ with a ∈ ℝ^(3·3·2), b ∈ ℝ^4.
    const a = Array.from(normalArray(18));
    const b = [1, -2, 0.5, 3];
    const kernel = tf.tensor4d(
      a.flatMap((ai) => b.map((bj) => ai * bj)),
      [3, 3, 2, 4],
    );
    const state = createKernelSpectralState(kernel.shape);
    updateKernelSpectral(kernel, state, 5);
    const sigma = kernelSigma(kernel, state).dataSync()[0];
    expect(sigma).toBeCloseTo(Math.hypot(...a) * Math.hypot(...b), 4);
    tf.dispose([kernel, state.u, state.v]);
  });

  test('on a random kernel the estimate reaches the largest singular value of the reshaped matrix, and the normalized kernel has σ = 1', () => {
    setSeed(2);
    const kernel = randomKernel([5, 5, 3, 8]);
    const exact = largestSingularValue(kernelMatrix(kernel).arraySync());
    const state = createKernelSpectralState(kernel.shape);
    const estimates: number[] = [];
    for (let i = 0; i < 80; i++) {
      updateKernelSpectral(kernel, state);
      estimates.push(kernelSigma(kernel, state).dataSync()[0]);
    }
    // A power-iteration estimate vᵀWu never exceeds σ, and it ends at σ.
    expect(Math.max(...estimates)).toBeLessThanOrEqual(exact + 1e-4);
    expect(estimates.at(-1)).toBeCloseTo(exact, 3);
    const normalized = normalizedKernel(kernel, state);
    expect(largestSingularValue(kernelMatrix(normalized).arraySync())).toBeCloseTo(1, 3);
    tf.dispose([kernel, normalized, state.u, state.v]);
  });

  test('the bound is on the flattened kernel, not the convolution: (1, 1, 1) has σ = √3 yet triples a constant image', () => {
    setSeed(7);
    const kernel = tf.ones([1, 3, 1, 1]) as tf.Tensor4D;
    const state = createKernelSpectralState(kernel.shape);
    updateKernelSpectral(kernel, state, 10);
    expect(kernelSigma(kernel, state).dataSync()[0]).toBeCloseTo(Math.sqrt(3), 5);
    const constant = tf.ones([1, 1, 12, 1]) as tf.Tensor4D;
    const out = tf.conv2d(constant, kernel, 1, 'valid');
    expect(Array.from(out.dataSync())).toEqual(new Array(10).fill(3));
    tf.dispose([kernel, constant, out, state.u, state.v]);
  });

  test('a kernel that is not 4-D is refused with its shape', () => {
    expect(() => createKernelSpectralState([3, 3, 2])).toThrow('[kh, kw, in, out], got [3,3,2]');
  });

  test('a spectrally normalized discriminator: every layer at σ ≈ 1 after power iterations, whatever the raw weights', () => {
    setSeed(3);
    const d = convDiscriminator({ size: 28, channels: 8, spectralNorm: true, initStd: 0.5 });
    d.updateSpectral(80);
    const sigmas = d.sigmas();
    expect(sigmas).toHaveLength(3); // two convs at 28×28, then the output layer
    const kernels = d.variables.filter((v) => v.rank === 4) as tf.Variable<tf.Rank.R4>[];
    kernels.forEach((w, i) => expect(sigmas[i]).toBeCloseTo(largestSingularValue(kernelMatrix(w).arraySync()), 3));
    // Scaling the raw weights leaves the logits unchanged: only their direction counts.
    const x = tf.tidy(() => tf.sub(tf.mul(tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 5), 2), 1)) as tf.Tensor4D;
    const before = d.logits(x).dataSync();
    for (const w of kernels) w.assign(tf.mul(w, 7));
    d.updateSpectral(5);
    expect(Array.from(d.logits(x).dataSync())).toEqual(Array.from(before).map((v) => expect.closeTo(v, 3)));
    x.dispose();
    d.dispose();
  });

  test('without spectralNorm the discriminator reports no σ and updateSpectral does nothing', () => {
    setSeed(4);
    const d = convDiscriminator({ channels: 4 });
    d.updateSpectral();
    expect(d.sigmas()).toEqual([]);
    d.dispose();
  });

  test('ImageGan with spectralNorm runs one power iteration per D step and trains', async () => {
    setSeed(5);
    const real = tf.tidy(() => tf.sub(tf.mul(tf.randomUniform([32, 14, 14, 1], 0, 1, 'float32', 6), 2), 1)) as tf.Tensor4D;
    const gan = new ImageGan(real, { channels: 4, batch: 8, spectralNorm: true, seed: 5 });
    const first = gan.discriminator.sigmas();
    gan.step();
    const { dLoss, gLoss } = await gan.losses();
    expect(Number.isFinite(dLoss) && Number.isFinite(gLoss)).toBe(true);
    expect(gan.discriminator.sigmas()).not.toEqual(first);
    const tensors = tf.memory().numTensors;
    gan.step();
    expect(tf.memory().numTensors).toBe(tensors);
    gan.dispose();
    real.dispose();
  });
});
