/**
 * TensorFlow.js 4.22's wasm backend runs convolutions forward (Conv2D, via XNNPACK) and one of
 * their gradients (Conv2DBackpropInput, which is also conv2dTranspose's forward pass, as plain
 * loops), but has no Conv2DBackpropFilter, so no conv net can learn its kernels there. (Its
 * Conv3DBackpropFilterV2 looked like a way in, but gives wrong results at stride 2.)
 *
 * Both gradients are themselves convolutions, so both become one XNNPACK Conv2D:
 * - kernel gradient: batch and channels swapped, the stride turned into a dilation,
 *     dW[kh,kw,c,o] = Σ_{b,i,j} x[b, s·i+kh−top, s·j+kw−left, c] · dy[b,i,j,o]
 *                   = conv2d(xᵀ [c,H,W,b], dyᵀ [oh,ow,b,o], stride 1, dilation s)[c,kh,kw,o];
 * - input gradient: dy with s−1 zeros between its pixels, correlated with the kernel flipped
 *   in space and with in/out channels swapped, padded by k−1−top.
 * `registerWasmConvGradients()` installs both, built from wasm's own Transpose, Reverse, PadV2,
 * Reshape, Slice and Conv2D kernels (once; later calls do nothing).
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
    pad: [
      [0, 0],
      [top, bottom],
      [left, right],
      [0, 0],
    ],
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

interface InputAttrs {
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | unknown;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  inputShape: [number, number, number, number];
}

type Args<A> = { inputs: Record<string, TensorInfo>; backend: Backend; attrs: A };
let wasmBackpropInput: ((args: Args<InputAttrs>) => TensorInfo) | null = null;

function conv2DBackpropInput(args: Args<InputAttrs>): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { dy, filter } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs;
  const [kh, kw, c, o] = filter.shape;
  const info = tf.backend_util.computeConv2DInfo(
    inputShape,
    filter.shape as [number, number, number, number],
    strides,
    1,
    pad as 'same',
    dimRoundingMode,
  );
  const { top, left } = info.padInfo;
  const [sh, sw] = [info.strideHeight, info.strideWidth];
  const [b, oh, ow] = dy.shape;
  const [, h, w] = inputShape;
  const padTop = kh - 1 - top;
  const padLeft = kw - 1 - left;
  const padBottom = h + kh - 1 - oh * sh - padTop;
  const padRight = w + kw - 1 - ow * sw - padLeft;
  // Shapes this route does not cover (never met by 'same'/'valid' at our sizes) keep wasm's own kernel.
  if (dataFormat !== 'NHWC' || padTop < 0 || padLeft < 0 || padBottom < 1 - sh || padRight < 1 - sw) return wasmBackpropInput!(args);

  const disposeAll = (...infos: TensorInfo[]) => infos.forEach((t) => backend.disposeData(t.dataId));
  // dy with s−1 zeros after each pixel: [b,oh,1,ow,1,o] padded to [b,oh,s,ow,s,o], a pure reshape away.
  let dilated = dy;
  if (sh > 1 || sw > 1) {
    const r6 = wasmKernel('Reshape', { x: dy }, backend, { shape: [b, oh, 1, ow, 1, o] });
    const p6 = wasmKernel('PadV2', { x: r6 }, backend, {
      paddings: [
        [0, 0],
        [0, 0],
        [0, sh - 1],
        [0, 0],
        [0, sw - 1],
        [0, 0],
      ],
      constantValue: 0,
    });
    dilated = wasmKernel('Reshape', { x: p6 }, backend, { shape: [b, oh * sh, ow * sw, o] });
    disposeAll(r6, p6);
  }
  // Negative bottom/right padding: drop trailing inserted zeros instead.
  let input = dilated;
  if (padBottom < 0 || padRight < 0) {
    input = wasmKernel('Slice', { x: dilated }, backend, {
      begin: [0, 0, 0, 0],
      size: [b, oh * sh + Math.min(0, padBottom), ow * sw + Math.min(0, padRight), o],
    });
    if (dilated !== dy) disposeAll(dilated);
  }
  const flipped = wasmKernel('Reverse', { x: filter }, backend, { dims: [0, 1] });
  const swapped = wasmKernel('Transpose', { x: flipped }, backend, { perm: [0, 1, 3, 2] });
  const dx = wasmKernel('Conv2D', { x: input, filter: swapped }, backend, {
    strides: [1, 1],
    pad: [
      [0, 0],
      [padTop, Math.max(0, padBottom)],
      [padLeft, Math.max(0, padRight)],
      [0, 0],
    ],
    dataFormat: 'NHWC',
    dilations: [1, 1],
  });
  disposeAll(flipped, swapped);
  if (input !== dy) disposeAll(input);
  if (dx.shape[1] !== h || dx.shape[2] !== w || dx.shape[3] !== c) {
    throw new Error(
      `wasm Conv2DBackpropInput: made [${dx.shape}] where [${inputShape}] was asked for (kernel ${kh}×${kw}, stride ${sh}, pad ${JSON.stringify(pad)})`,
    );
  }
  return dx;
}

/** Registers the conv gradients for the wasm backend (once; later calls do nothing). */
export function registerWasmConvGradients(): void {
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: conv2DBackpropFilter as unknown as tf.KernelFunc,
  });
  const own = tf.getKernel('Conv2DBackpropInput', 'wasm');
  if (own) {
    wasmBackpropInput = own.kernelFunc as unknown as (args: Args<InputAttrs>) => TensorInfo;
    tf.unregisterKernel('Conv2DBackpropInput', 'wasm');
    tf.registerKernel({
      kernelName: 'Conv2DBackpropInput',
      backendName: 'wasm',
      kernelFunc: conv2DBackpropInput as unknown as tf.KernelFunc,
    });
  }
}
