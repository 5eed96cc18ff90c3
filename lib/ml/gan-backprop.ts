/**
 * One D step's and one G step's gradients by hand-derived backpropagation (backprop.ts,
 * loss-grads.ts), for one model or a stacked population alike. D sees real and fake samples
 * in one pass (concatenated), so each D layer runs once per step instead of twice.
 */
import * as tf from '@tensorflow/tfjs';
import { activate, activationBackward, backward, BACKPROP_ACTIVATIONS, forward, type Dense, type NetShape, type Trace } from './backprop';
import type { LossGradients } from './loss-grads';
import type { GanConfig, NetSpec } from './gan-config';

export interface BackpropGan {
  G: Dense[];
  D: Dense[];
  gNet: NetShape;
  dNet: NetShape;
  lossGrads: LossGradients;
}

/** Whether a config can train by hand-derived gradients (no spectral norm or penalty; simple activations). */
export function canBackprop(c: GanConfig): boolean {
  const ok = (s: NetSpec) =>
    !s.spectralNorm && [s.activation ?? 'relu', s.output ?? 'linear'].every((a) => BACKPROP_ACTIVATIONS.includes(a));
  return !c.tape && !c.gradientPenalty && ok(c.generator) && ok(c.discriminator);
}

export function netShape(s: NetSpec): NetShape {
  return { hidden: s.activation ?? 'relu', output: s.output ?? 'linear', leakySlope: s.leakySlope ?? 0.2 };
}

const emptyTrace = (): Trace => ({ inputs: [], outputs: [] });

/** Gradients of D's variables ([dW0, db0, …]) and D's scores on [real; fake]. */
export function dStepGrads(n: BackpropGan, real: tf.Tensor, z: tf.Tensor): { grads: tf.Tensor[]; scores: tf.Tensor } {
  const fake = activate(forward(n.G, z, n.gNet), n.gNet.output, n.gNet.leakySlope);
  const x = tf.concat([real, fake], real.rank - 2);
  const trace = emptyTrace();
  const scores = forward(n.D, x, n.dNet, trace);
  const { grads } = backward(n.D, trace, n.lossGrads.d(scores), n.dNet, { weights: true, input: false });
  return { grads, scores };
}

/** Gradients of G's variables and D's scores on the fakes; D's weights are only read. */
export function gStepGrads(n: BackpropGan, z: tf.Tensor): { grads: tf.Tensor[]; scores: tf.Tensor } {
  const gTrace = emptyTrace();
  const y = activate(forward(n.G, z, n.gNet, gTrace), n.gNet.output, n.gNet.leakySlope);
  const dTrace = emptyTrace();
  const scores = forward(n.D, y, n.dNet, dTrace);
  const { dInput } = backward(n.D, dTrace, n.lossGrads.g(scores), n.dNet, { weights: false, input: true });
  const dLogit = activationBackward(dInput as tf.Tensor, y, n.gNet.output, n.gNet.leakySlope);
  return { grads: backward(n.G, gTrace, dLogit, n.gNet, { weights: true, input: false }).grads, scores };
}

/** Add gradients that already carry SGD's −lr (see LossGradientOptions.dScale). */
export function applyFoldedSgd(vars: tf.Variable[], grads: tf.Tensor[]): void {
  vars.forEach((v, i) => v.assign(tf.add(v, grads[i])));
}
