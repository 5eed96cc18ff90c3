/**
 * Multi-layer perceptrons as plain tf.Variables plus a forward function, usable as
 * generator, discriminator or critic. Keeping the weights as bare variables (no
 * tf.layers) keeps a training step to a handful of kernels and makes spectral
 * normalization a two-line change in the forward pass.
 */
import * as tf from '@tensorflow/tfjs';
import { createSpectralState, spectralSigma, spectralUpdate, type SpectralState } from './lipschitz';
import { normalArray, uniformArray } from './random';

export const ACTIVATIONS = ['relu', 'leakyRelu', 'tanh', 'sigmoid', 'linear', 'elu', 'softplus'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const INITS = ['lecun', 'he', 'glorot'] as const;
/** lecun: N(0, 1/fan_in) (GAN Lab's); he: N(0, 2/fan_in); glorot: U(±√(6/(fan_in+fan_out))). */
export type Init = (typeof INITS)[number];

export interface MlpOptions {
  /** Layer widths including input and output, e.g. [2, 8, 8, 1]. */
  sizes: number[];
  /** Activation after every hidden layer (default relu). */
  hidden?: Activation;
  /** Activation of the output layer (default linear). */
  output?: Activation;
  /** Negative slope of leakyRelu (default 0.2). */
  leakySlope?: number;
  /** Weight initialisation (default lecun); biases start at 0. */
  init?: Init;
  /** Spectral normalization: true for every layer, or one flag per layer. */
  spectralNorm?: boolean | boolean[];
  /**
   * Build leakyRelu from relu ops so it can be differentiated twice (needed by the
   * gradient penalty; tf.leakyRelu's gradient uses `greater`, which has none). Default false.
   */
  secondOrder?: boolean;
}

/** One dense layer: y = act(x·W + b), W of shape [in, out]. */
export interface DenseLayer {
  w: tf.Variable<tf.Rank.R2>;
  b: tf.Variable<tf.Rank.R1>;
  sn: SpectralState | null;
}

export interface Mlp {
  readonly sizes: number[];
  readonly layers: DenseLayer[];
  /** Trainable variables (W and b of every layer) for optimizers. */
  readonly variables: tf.Variable[];
  /** Output after the output activation, [n, sizes.at(-1)]. */
  apply(x: tf.Tensor2D): tf.Tensor2D;
  /** Output before the output activation (the logit of a sigmoid discriminator). */
  logits(x: tf.Tensor2D): tf.Tensor2D;
  /** One power iteration on every spectrally normalized layer (the trainer calls it once per D step). */
  updateSpectral(iterations?: number): void;
  /** Current σ estimate of each layer (null where SN is off). Reads back: not for the hot path. */
  sigmas(): (number | null)[];
  /** The effective weight matrices (W/σ where SN is on), as plain arrays. */
  weightMatrices(): number[][][];
  dispose(): void;
}

function activate(x: tf.Tensor2D, a: Activation, slope: number, secondOrder = false): tf.Tensor2D {
  switch (a) {
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return secondOrder ? tf.sub(tf.relu(x), tf.mul(slope, tf.relu(tf.neg(x)))) : tf.leakyRelu(x, slope);
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'elu':
      return tf.elu(x);
    case 'softplus':
      return tf.softplus(x);
    case 'linear':
      return x;
  }
}

function checkActivation(where: string, a: string): void {
  if (!(ACTIVATIONS as readonly string[]).includes(a)) {
    throw new Error(`${where}: unknown activation "${a}"; valid: ${ACTIVATIONS.join(', ')}`);
  }
}

function initArray(init: Init, fanIn: number, fanOut: number): Float32Array {
  const n = fanIn * fanOut;
  if (init === 'he') return normalArray(n, 0, Math.sqrt(2 / fanIn));
  if (init === 'glorot') {
    const lim = Math.sqrt(6 / (fanIn + fanOut));
    return uniformArray(n, -lim, lim);
  }
  return normalArray(n, 0, 1 / Math.sqrt(fanIn));
}

/** Build an MLP. Weights are drawn from the global seeded PRNG (see setSeed). */
export function mlp(opts: MlpOptions): Mlp {
  const { sizes, hidden = 'relu', output = 'linear', leakySlope = 0.2, init = 'lecun' } = opts;
  if (!Array.isArray(sizes) || sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new Error(`mlp: sizes must list at least 2 positive integers, got [${String(sizes)}]`);
  }
  checkActivation('mlp', hidden);
  checkActivation('mlp', output);
  if (!(INITS as readonly string[]).includes(init)) throw new Error(`mlp: unknown init "${init}"; valid: ${INITS.join(', ')}`);
  if (!(leakySlope >= 0)) throw new Error(`mlp: leakySlope must be >= 0, got ${leakySlope}`);
  const nLayers = sizes.length - 1;
  const snFlags = Array.isArray(opts.spectralNorm) ? opts.spectralNorm : new Array<boolean>(nLayers).fill(Boolean(opts.spectralNorm));
  if (snFlags.length !== nLayers) {
    throw new Error(`mlp: spectralNorm needs one flag per layer (${nLayers}), got ${snFlags.length}`);
  }
  const layers: DenseLayer[] = [];
  for (let i = 0; i < nLayers; i++) {
    const [fi, fo] = [sizes[i], sizes[i + 1]];
    // tf.variable copies its initial value, so the temporaries are tidied away.
    const w = tf.tidy(() => tf.variable(tf.tensor2d(initArray(init, fi, fo), [fi, fo])));
    const b = tf.tidy(() => tf.variable(tf.zeros([fo]))) as tf.Variable<tf.Rank.R1>;
    const sn = snFlags[i] ? createSpectralState(fi, fo) : null;
    if (sn) spectralUpdate(w, sn);
    layers.push({ w, b, sn });
  }
  // Fused matMul+bias+activation is one kernel instead of three; its gradient exists for relu/linear only.
  const fusedHidden = hidden === 'relu' || hidden === 'linear';

  const effectiveW = (l: DenseLayer): tf.Tensor2D => (l.sn ? tf.div(l.w, spectralSigma(l.w, l.sn)) : l.w);

  const forward = (x: tf.Tensor2D, withOutput: boolean): tf.Tensor2D => {
    if (x.rank !== 2 || x.shape[1] !== sizes[0]) {
      throw new Error(`mlp: input must have shape [n, ${sizes[0]}], got [${x.shape}]`);
    }
    let h = x;
    layers.forEach((l, i) => {
      const last = i === nLayers - 1;
      const w = effectiveW(l);
      if (!last && fusedHidden) {
        h = tf.fused.matMul({ a: h, b: w, bias: l.b, activation: hidden }) as tf.Tensor2D;
      } else {
        h = tf.add(tf.matMul(h, w), l.b);
        if (!last) h = activate(h, hidden, leakySlope, opts.secondOrder);
      }
    });
    return withOutput ? activate(h, output, leakySlope, opts.secondOrder) : h;
  };

  return {
    sizes: sizes.slice(),
    layers,
    variables: layers.flatMap((l) => [l.w, l.b]),
    apply: (x) => tf.tidy(() => forward(x, true)),
    logits: (x) => tf.tidy(() => forward(x, false)),
    updateSpectral(iterations = 1) {
      for (const l of layers) if (l.sn) spectralUpdate(l.w, l.sn, iterations);
    },
    sigmas: () => layers.map((l) => (l.sn ? tf.tidy(() => spectralSigma(l.w, l.sn as SpectralState).dataSync()[0]) : null)),
    weightMatrices: () => layers.map((l) => tf.tidy(() => effectiveW(l).arraySync() as number[][])),
    dispose() {
      for (const l of layers) {
        l.w.dispose();
        l.b.dispose();
        l.sn?.u.dispose();
        l.sn?.v.dispose();
      }
    },
  };
}
