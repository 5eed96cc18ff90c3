/**
 * Spectral normalization for convolution kernels, as Miyato et al. (2018) do it: the kernel
 * [kh, kw, in, out] is read as the matrix [kh·kw·in, out] (each column one output channel's
 * weights), and the kernel is divided by that matrix's largest singular value, estimated by the
 * same persistent power iteration as dense layers (lipschitz.ts). This bounds the matrix, not
 * the convolution as an operator on images (whose norm can be up to about √(kh·kw) times more);
 * it is the cheap bound the paper uses, and what the SN chapter's dense layers do.
 */
import * as tf from '@tensorflow/tfjs';
import { createSpectralState, spectralSigma, spectralUpdate, type SpectralState } from './lipschitz';

/** The kernel as the matrix SN bounds: [kh·kw·in, out]. */
export function kernelMatrix(kernel: tf.Tensor4D): tf.Tensor2D {
  const [kh, kw, inC, outC] = kernel.shape;
  return tf.reshape(kernel, [kh * kw * inC, outC]);
}

/** Power-iteration state for a kernel of this shape (u from ml's seeded generator). */
export function createKernelSpectralState(shape: readonly number[]): SpectralState {
  if (shape.length !== 4) throw new Error(`conv spectral norm: a kernel has 4 dimensions [kh, kw, in, out], got [${shape}]`);
  const [kh, kw, inC, outC] = shape;
  return createSpectralState(kh * kw * inC, outC);
}

/** One (or more) power iterations on the kernel's matrix, written back into the state. */
export function updateKernelSpectral(kernel: tf.Tensor4D, state: SpectralState, iterations = 1): void {
  tf.tidy(() => spectralUpdate(kernelMatrix(kernel), state, iterations));
}

/** The current estimate of the kernel matrix's largest singular value (differentiable in the kernel). */
export function kernelSigma(kernel: tf.Tensor4D, state: SpectralState): tf.Scalar {
  return tf.tidy(() => spectralSigma(kernelMatrix(kernel), state));
}

/** The kernel divided by its σ estimate: what a spectrally normalized layer convolves with. */
export function normalizedKernel(kernel: tf.Tensor4D, state: SpectralState): tf.Tensor4D {
  return tf.tidy(() => tf.div(kernel, kernelSigma(kernel, state)));
}
