/**
 * Hand-derived backpropagation through an MLP, for the training hot path. tfjs's tape clones
 * every tensor an op saves for its gradient and adds reshapes and casts around broadcasts; at
 * toy sizes those extra kernels cost more than the arithmetic (bench: 399 kernels per
 * `ganlab-default` iteration with the tape). Here a layer's backward pass is the four products
 * of the chain rule and nothing else. Works for one model ([n, in] inputs, W [in, out], b [out])
 * and for a stacked population ([P, n, in], W [P, in, out], b [P, 1, out]).
 * The maths is the tape's: train.test.ts and population.test.ts compare the two paths.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation } from './mlp';

/** Activations with a derivative written in terms of the layer's output. */
export const BACKPROP_ACTIVATIONS: readonly Activation[] = ['relu', 'leakyRelu', 'tanh', 'sigmoid', 'linear'];

export interface Dense {
  w: tf.Tensor;
  b: tf.Tensor;
}

export interface NetShape {
  hidden: Activation;
  output: Activation;
  leakySlope: number;
}

/** What backward needs: each layer's input, and its output after the activation. */
export interface Trace {
  inputs: tf.Tensor[];
  outputs: tf.Tensor[];
}

const stackedOf = (w: tf.Tensor) => w.rank === 3;

export function activate(x: tf.Tensor, a: Activation, slope: number): tf.Tensor {
  switch (a) {
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, slope);
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'linear':
      return x;
    default:
      throw new Error(`backprop: activation "${a}" is not supported; valid: ${BACKPROP_ACTIVATIONS.join(', ')}`);
  }
}

/**
 * One layer as matMul + add + activation. Not tfjs's fused op: it wraps its kernel in three
 * reshapes and a custom-gradient op (five kernels to dispatch, no faster at these sizes), and on
 * wasm it accepts only a rank-1 bias, not a population's [P, 1, out].
 */
function dense(x: tf.Tensor, l: Dense, a: Activation, slope: number): tf.Tensor {
  return activate(tf.add(tf.matMul(x, l.w), l.b), a, slope);
}

/** The network's output before the output activation (the logit), recording what backward needs. */
export function forward(layers: Dense[], x: tf.Tensor, net: NetShape, trace?: Trace): tf.Tensor {
  let h = x;
  layers.forEach((l, i) => {
    const last = i === layers.length - 1;
    trace?.inputs.push(h);
    h = dense(h, l, last ? 'linear' : net.hidden, net.leakySlope);
    trace?.outputs.push(h);
  });
  return h;
}

/** dy/dz of an activation y = a(z), times `dy`, from the output y. */
export function activationBackward(dy: tf.Tensor, y: tf.Tensor, a: Activation, slope: number): tf.Tensor {
  switch (a) {
    case 'relu':
      return tf.mul(dy, tf.step(y));
    case 'leakyRelu':
      // y > 0 exactly when z > 0 (slope ≥ 0); step gives `slope` elsewhere.
      return tf.mul(dy, tf.step(y, slope));
    case 'tanh':
      return tf.mul(dy, tf.sub(1, tf.square(y)));
    case 'sigmoid':
      return tf.mul(dy, tf.mul(y, tf.sub(1, y)));
    case 'linear':
      return dy;
    default:
      throw new Error(`backprop: activation "${a}" is not supported; valid: ${BACKPROP_ACTIVATIONS.join(', ')}`);
  }
}

/**
 * Backpropagate `dLogit` (the loss gradient w.r.t. the pre-output-activation output) through
 * the traced layers. Returns gradients [dW0, db0, dW1, db1, …] when `weights` is set, and the
 * gradient w.r.t. the network's input when `input` is set.
 */
export function backward(
  layers: Dense[],
  trace: Trace,
  dLogit: tf.Tensor,
  net: NetShape,
  want: { weights: boolean; input: boolean },
): { grads: tf.Tensor[]; dInput: tf.Tensor | null } {
  const grads: tf.Tensor[] = new Array<tf.Tensor>(2 * layers.length);
  let dz = dLogit;
  let dInput: tf.Tensor | null = null;
  for (let i = layers.length - 1; i >= 0; i--) {
    const l = layers[i];
    const x = trace.inputs[i];
    if (want.weights) {
      grads[2 * i] = tf.matMul(x, dz, true, false);
      grads[2 * i + 1] = stackedOf(l.w) ? tf.sum(dz, 1, true) : tf.sum(dz, 0);
    }
    if (i === 0 && !want.input) break;
    const dx = tf.matMul(dz, l.w, false, true);
    if (i === 0) dInput = dx;
    else dz = activationBackward(dx, trace.outputs[i - 1], net.hidden, net.leakySlope);
  }
  return { grads: want.weights ? grads : [], dInput };
}
