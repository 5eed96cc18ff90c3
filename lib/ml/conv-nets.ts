/**
 * DCGAN's generator and discriminator (Radford, Metz & Chintala 2016) for small grey images,
 * as plain tf.Variables plus forward functions, like `mlp.ts`. The guidelines, each a line here:
 * strided (transposed) convolutions instead of pooling or upsampling, batch norm in G (not on
 * its output), ReLU in G with a tanh output, leaky ReLU (0.2) in D, no fully connected hidden
 * layers (only G's input projection and D's output), weights drawn from N(0, 0.02²).
 * Every option that breaks a guideline is there so a cell can show what happens.
 * With `classes`, both become conditional (Mirza & Osindero 2014): G reads a one-hot label beside
 * its noise, and D adds a projection term embed(y)ᵀφ(x) to its logit (Miyato & Koyama 2018).
 */
import * as tf from '@tensorflow/tfjs';
import { createKernelSpectralState, kernelSigma, normalizedKernel, updateKernelSpectral } from './conv-spectral';
import { createSpectralState, spectralSigma, spectralUpdate, type SpectralState } from './lipschitz';
import { normalArray } from './random';

export interface ConvGanOptions {
  /** Image side: 14 (one stride-2 stage from 7×7) or 28 (two). Default 14. */
  size?: 14 | 28;
  /** Noise dimension of the generator. Default 32. */
  latent?: number;
  /** Channels of the widest convolution (halved at each stage towards the image). Default 32. */
  channels?: number;
  /** Side of the square convolution kernels. Default 5. */
  kernel?: number;
  /** DCGAN: true. False drops batch norm from G (a guideline to break). */
  batchNorm?: boolean;
  /** Std of the N(0, std²) initial weights. DCGAN: 0.02. */
  initStd?: number;
  /** G's output activation; DCGAN: tanh, matching pixels scaled to [−1, 1]. */
  output?: 'tanh' | 'sigmoid' | 'linear';
  /** Spectral normalization of D's kernels and output layer (Miyato et al. 2018). Default false; G never. */
  spectralNorm?: boolean;
  /** Number of labels for a conditional GAN (e.g. 10 for digits); 0, the default, is unconditional. */
  classes?: number;
}

/** Labels 0…classes−1 for a conditional model: an int32 tensor [n] or plain numbers. */
export type ClassLabels = tf.Tensor1D | readonly number[];

type Resolved = Required<ConvGanOptions>;

function resolve(options: ConvGanOptions): Resolved {
  const {
    size = 14,
    latent = 32,
    channels = 32,
    kernel = 5,
    batchNorm = true,
    initStd = 0.02,
    output = 'tanh',
    spectralNorm = false,
    classes = 0,
  } = options;
  if (size !== 14 && size !== 28) throw new Error(`conv GAN: size must be 14 or 28, got ${size}`);
  for (const [name, v] of [
    ['latent', latent],
    ['channels', channels],
    ['kernel', kernel],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`conv GAN: ${name} must be a positive integer, got ${v}`);
  }
  if (!Number.isInteger(classes) || classes < 0) throw new Error(`conv GAN: classes must be an integer >= 0, got ${classes}`);
  if (!(initStd > 0)) throw new Error(`conv GAN: initStd must be positive, got ${initStd}`);
  if (!['tanh', 'sigmoid', 'linear'].includes(output)) throw new Error(`conv GAN: output must be tanh, sigmoid or linear, got ${output}`);
  return { size, latent, channels, kernel, batchNorm, initStd, output, spectralNorm, classes };
}

/**
 * Checks labels against the model (present exactly when it is conditional, one per row) and returns
 * them as int32 [n]. Plain numbers are also range-checked; a tensor's values are not, as that would
 * read them back from the backend on every training step.
 */
function labelTensor(labels: ClassLabels | undefined, classes: number, n: number, who: string): tf.Tensor1D | null {
  if (classes === 0) {
    if (labels !== undefined) throw new Error(`${who}: this model is unconditional (classes: 0), so it takes no labels`);
    return null;
  }
  if (labels === undefined) throw new Error(`${who}: this model is conditional (classes: ${classes}); pass a label for each row`);
  if (labels instanceof tf.Tensor) {
    if (labels.rank !== 1 || labels.shape[0] !== n) throw new Error(`${who}: labels must be [${n}], got [${labels.shape}]`);
    return labels.dtype === 'int32' ? labels : tf.cast(labels, 'int32');
  }
  if (labels.length !== n) throw new Error(`${who}: ${labels.length} labels for ${n} rows`);
  const bad = labels.find((y) => !Number.isInteger(y) || y < 0 || y >= classes);
  if (bad !== undefined) throw new Error(`${who}: labels must be integers 0…${classes - 1}, got ${bad}`);
  return tf.tensor1d(labels as number[], 'int32');
}

const stagesFor = (size: number) => (size === 14 ? 1 : 2);

// Variables stay unnamed (tfjs names must be unique per page, and a cell may build two models);
// each model lists its own names for saved weights.
function normalVar(shape: number[], std: number): tf.Variable {
  const n = shape.reduce((a, b) => a * b, 1);
  return tf.tidy(() => tf.variable(tf.tensor(normalArray(n, 0, std), shape), true));
}
// tidy: tf.variable keeps its initial tensor alive otherwise.
const zerosVar = (n: number) => tf.tidy(() => tf.variable(tf.zeros([n]), true));
const onesVar = (n: number) => tf.tidy(() => tf.variable(tf.ones([n]), true));

/** Batch norm over [batch, h, w] (or [batch] for dense), with learned scale and shift. */
function batchNorm(x: tf.Tensor, gamma: tf.Variable, beta: tf.Variable): tf.Tensor {
  const axes = x.rank === 4 ? [0, 1, 2] : [0];
  const { mean, variance } = tf.moments(x, axes);
  return tf.batchNorm(x, mean, variance, beta as tf.Tensor1D, gamma as tf.Tensor1D, 1e-5);
}

export interface ConvGenerator {
  readonly options: Readonly<Resolved>;
  /** Trainable variables, in a fixed order (saved checkpoints use it). */
  readonly variables: tf.Variable[];
  /** A name for each variable, for saved weights. */
  readonly variableNames: string[];
  /** Noise [n, latent] (and, when conditional, a label per row) → images [n, size, size, 1]. Batch norm uses the batch's own statistics. */
  apply(z: tf.Tensor2D, labels?: ClassLabels): tf.Tensor4D;
  /** n noise vectors from N(0, I), drawn from ml's seeded generator. */
  noise(n: number): tf.Tensor2D;
  dispose(): void;
}

/** G: z (+ one-hot y) → dense → 7×7×(channels) → [BN, ReLU, transposed conv stride 2]… → size×size×1 → tanh. */
export function convGenerator(options: ConvGanOptions = {}): ConvGenerator {
  const o = resolve(options);
  const stages = stagesFor(o.size);
  const widths = Array.from({ length: stages }, (_, i) => o.channels >> i).concat([1]);
  if (widths[stages - 1] < 1) throw new Error(`conv GAN: channels ${o.channels} is too few for ${stages} stages`);
  const project = { w: normalVar([o.latent + o.classes, 49 * widths[0]], o.initStd), b: zerosVar(49 * widths[0]) };
  const norms = o.batchNorm ? widths.slice(0, stages).map((c) => ({ gamma: onesVar(c), beta: zerosVar(c) })) : [];
  // conv2dTranspose filters are [k, k, out, in].
  const convs = widths.slice(0, stages).map((c, i) => ({
    w: normalVar([o.kernel, o.kernel, widths[i + 1], c], o.initStd),
    b: zerosVar(widths[i + 1]),
  }));
  const variables = [project.w, project.b, ...norms.flatMap((n) => [n.gamma, n.beta]), ...convs.flatMap((c) => [c.w, c.b])];
  const variableNames = [
    'project.w',
    'project.b',
    ...norms.flatMap((_, i) => [`bn${i}.gamma`, `bn${i}.beta`]),
    ...convs.flatMap((_, i) => [`deconv${i}.w`, `deconv${i}.b`]),
  ];

  return {
    options: o,
    variables,
    variableNames,
    apply(z, labels) {
      return tf.tidy(() => {
        if (z.rank !== 2 || z.shape[1] !== o.latent) throw new Error(`generator: noise must be [n, ${o.latent}], got [${z.shape}]`);
        const n = z.shape[0];
        const y = labelTensor(labels, o.classes, n, 'generator');
        const input = y ? tf.concat([z, tf.cast(tf.oneHot(y, o.classes), 'float32')], 1) : z;
        let h: tf.Tensor4D = tf.reshape(tf.add(tf.matMul(input, project.w as tf.Tensor2D), project.b), [n, 7, 7, widths[0]]);
        let side = 7;
        convs.forEach((conv, i) => {
          if (norms[i]) h = batchNorm(h, norms[i].gamma, norms[i].beta) as tf.Tensor4D;
          h = tf.relu(h);
          side *= 2;
          h = tf.add(tf.conv2dTranspose(h, conv.w as tf.Tensor4D, [n, side, side, widths[i + 1]], 2, 'same'), conv.b);
        });
        return (o.output === 'tanh' ? tf.tanh(h) : o.output === 'sigmoid' ? tf.sigmoid(h) : h) as tf.Tensor4D;
      });
    },
    noise: (n) => tf.tensor2d(normalArray(n * o.latent), [n, o.latent]),
    dispose: () => tf.dispose(variables),
  };
}

export interface ConvDiscriminator {
  readonly options: Readonly<Resolved>;
  readonly variables: tf.Variable[];
  readonly variableNames: string[];
  /** Images [n, size, size, 1] (and, when conditional, a label per row) → logits [n, 1] (the probability "real" is their sigmoid). */
  logits(x: tf.Tensor4D, labels?: ClassLabels): tf.Tensor2D;
  /** With spectralNorm: power iterations on every layer (ImageGan runs one per D step). Else nothing. */
  updateSpectral(iterations?: number): void;
  /** With spectralNorm: each layer's current σ estimate (convs, then the output layer); else []. */
  sigmas(): number[];
  dispose(): void;
}

/**
 * D: size×size×1 → [conv stride 2, leaky ReLU 0.2]… → 7×7 features φ(x) → dense → one logit, plus
 * embed(y)ᵀφ(x) when conditional. No batch norm. The embedding is not spectrally normalized.
 */
export function convDiscriminator(options: ConvGanOptions = {}): ConvDiscriminator {
  const o = resolve(options);
  const stages = stagesFor(o.size);
  const widths = [1, ...Array.from({ length: stages }, (_, i) => o.channels >> (stages - 1 - i))];
  const convs = Array.from({ length: stages }, (_, i) => ({
    w: normalVar([o.kernel, o.kernel, widths[i], widths[i + 1]], o.initStd),
    b: zerosVar(widths[i + 1]),
  }));
  const out = { w: normalVar([49 * widths[stages], 1], o.initStd), b: zerosVar(1) };
  const embed = o.classes > 0 ? normalVar([o.classes, 49 * widths[stages]], o.initStd) : null;
  const variables = [...convs.flatMap((c) => [c.w, c.b]), out.w, out.b, ...(embed ? [embed] : [])];
  // Power-iteration state: not trainable, not saved (it is re-estimated within a few steps).
  const convStates: SpectralState[] = o.spectralNorm ? convs.map((c) => createKernelSpectralState(c.w.shape)) : [];
  const outState: SpectralState | null = o.spectralNorm ? createSpectralState(out.w.shape[0], 1) : null;
  const kernelOf = (i: number) =>
    o.spectralNorm ? normalizedKernel(convs[i].w as tf.Tensor4D, convStates[i]) : (convs[i].w as tf.Tensor4D);
  const outWeights = () => (outState ? tf.div(out.w, spectralSigma(out.w as tf.Tensor2D, outState)) : out.w) as tf.Tensor2D;
  return {
    options: o,
    variables,
    variableNames: [...convs.flatMap((_, i) => [`conv${i}.w`, `conv${i}.b`]), 'out.w', 'out.b', ...(embed ? ['embed'] : [])],
    logits(x, labels) {
      return tf.tidy(() => {
        if (x.rank !== 4 || x.shape[1] !== o.size || x.shape[2] !== o.size || x.shape[3] !== 1) {
          throw new Error(`discriminator: images must be [n, ${o.size}, ${o.size}, 1], got [${x.shape}]`);
        }
        const y = labelTensor(labels, o.classes, x.shape[0], 'discriminator');
        let h: tf.Tensor4D = x;
        convs.forEach((conv, i) => {
          h = tf.leakyRelu(tf.add(tf.conv2d(h, kernelOf(i), 2, 'same'), conv.b), 0.2) as tf.Tensor4D;
        });
        const features = tf.reshape(h, [x.shape[0], -1]) as tf.Tensor2D;
        const logit = tf.add(tf.matMul(features, outWeights()), out.b) as tf.Tensor2D;
        if (!y || !embed) return logit;
        // The projection term: how well φ(x) lines up with the label's embedding. The rows are picked
        // by a one-hot product, not tf.gather, whose gradient needs a kernel wasm lacks (UnsortedSegmentSum).
        const embedded = tf.matMul(tf.cast(tf.oneHot(y, o.classes), 'float32'), embed as tf.Tensor2D);
        return tf.add(logit, tf.sum(tf.mul(features, embedded), 1, true)) as tf.Tensor2D;
      });
    },
    updateSpectral(iterations = 1) {
      convStates.forEach((state, i) => updateKernelSpectral(convs[i].w as tf.Tensor4D, state, iterations));
      if (outState) spectralUpdate(out.w as tf.Tensor2D, outState, iterations);
    },
    sigmas() {
      if (!outState) return [];
      return tf.tidy(() => [
        ...convStates.map((state, i) => kernelSigma(convs[i].w as tf.Tensor4D, state).dataSync()[0]),
        spectralSigma(out.w as tf.Tensor2D, outState).dataSync()[0],
      ]);
    },
    dispose: () => tf.dispose([...variables, ...convStates.flatMap((s) => [s.u, s.v]), ...(outState ? [outState.u, outState.v] : [])]),
  };
}
