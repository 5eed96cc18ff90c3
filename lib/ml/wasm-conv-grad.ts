/**
 * TensorFlow.js 4.22's wasm backend runs convolutions forward (Conv2D, via XNNPACK) and one of
 * their gradients (Conv2DBackpropInput, which is also conv2dTranspose's forward pass), but has
 * no Conv2DBackpropFilter, so no conv net can learn its kernels there. (Its
 * Conv3DBackpropFilterV2 looked like a way in, but gives wrong results at stride 2.)
 *
 * The kernel gradient is itself a convolution, with batch and channels swapped and the stride
 * turned into a dilation:
 *   dW[kh,kw,c,o] = Σ_{b,i,j} x[b, s·i+kh−top, s·j+kw−left, c] · dy[b,i,j,o]
 *                 = conv2d(xᵀ [c,H,W,b], dyᵀ [oh,ow,b,o], stride 1, dilation s)[c,kh,kw,o].
 * `registerWasmConvGradients()` installs that, built from wasm's own Transpose, Conv2D and
 * Slice kernels (once; later calls do nothing).
 */
import * as tf from '@tensorflow/tfjs';

interface TensorInfo {
  dataId: object;
  shape: number[];
  dtype: string;
}

interface Backend {
  disposeData(dataId: object): boolean;
}

interface Attrs {
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | unknown;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape: [number, number, number, number];
}

function wasmKernel(name: string, inputs: Record<string, TensorInfo>, backend: Backend, attrs: object): TensorInfo {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`wasm Conv2DBackpropFilter: the wasm backend has no ${name} kernel to build on`);
  return kernel.kernelFunc({ inputs: inputs as never, backend: backend as never, attrs: attrs as never }) as TensorInfo;
}

function conv2DBackpropFilter(args: { inputs: Record<string, TensorInfo>; backend: Backend; attrs: Attrs }): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { x, dy } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs;
  if (dataFormat !== 'NHWC') throw new Error(`wasm Conv2DBackpropFilter: only NHWC is supported, got ${dataFormat}`);
  const [kh, kw, c, o] = filterShape;
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad as 'same',
    dimRoundingMode,
  );
  const { top, left } = info.padInfo;
  const [sh, sw] = [info.strideHeight, info.strideWidth];
  const [, h, w] = x.shape;
  const [, oh, ow] = dy.shape;
  // Pad below/right just enough for kh×kw outputs; any excess (valid padding) is sliced off.
  const bottom = Math.max(0, kh + sh * (oh - 1) - h - top);
  const right = Math.max(0, kw + sw * (ow - 1) - w - left);

  const xT = wasmKernel('Transpose', { x }, backend, { perm: [3, 1, 2, 0] });
  const dyT = wasmKernel('Transpose', { x: dy }, backend, { perm: [1, 2, 0, 3] });
  const full = wasmKernel('Conv2D', { x: xT, filter: dyT }, backend, {
    strides: [1, 1],
    pad: [[0, 0], [top, bottom], [left, right], [0, 0]],
    dataFormat: 'NHWC',
    dilations: [sh, sw],
  });
  backend.disposeData(xT.dataId);
  backend.disposeData(dyT.dataId);
  let cropped = full;
  if (full.shape[1] !== kh || full.shape[2] !== kw) {
    cropped = wasmKernel('Slice', { x: full }, backend, { begin: [0, 0, 0, 0], size: [c, kh, kw, o] });
    backend.disposeData(full.dataId);
  }
  const dw = wasmKernel('Transpose', { x: cropped }, backend, { perm: [1, 2, 0, 3] });
  backend.disposeData(cropped.dataId);
  return dw;
}

/** Registers Conv2DBackpropFilter for the wasm backend unless it already has one. */
export function registerWasmConvGradients(): void {
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: conv2DBackpropFilter as unknown as tf.KernelFunc,
  });
}
