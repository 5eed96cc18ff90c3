/**
 * SGD, Adam and RMSProp for stacked ([P, ...]) variables with one learning rate per member,
 * so a population can sweep learning rates. The update rules are tfjs's own (4.22:
 * sgd_optimizer.ts, adam_optimizer.ts, rmsprop_optimizer.ts with momentum 0, uncentered,
 * epsilon = the backend's 1e-7), so member i follows the same path as tf.train.* alone.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerSpec } from './train';

export interface StackedOptimizer {
  /** Apply one update; `grads` are in the same order as the variables given at creation. */
  apply(grads: tf.Tensor[]): void;
  dispose(): void;
}

const EPSILON = 1e-7;

/**
 * `lrs` holds one learning rate per member (length P). With `sgdFolded`, SGD's gradients arrive
 * already multiplied by −lr (loss-grads.ts folds it in) and the step is one addition.
 */
export function stackedOptimizer(spec: OptimizerSpec, vars: tf.Variable[], lrs: number[], sgdFolded = false): StackedOptimizer {
  for (const lr of lrs) if (!(lr > 0)) throw new Error(`optimizer: lr must be > 0, got ${lr}`);
  const P = lrs.length;
  const negLr = tf.keep(
    tf.tensor3d(
      lrs.map((x) => -x),
      [P, 1, 1],
    ),
  );
  const lr = tf.keep(tf.tensor3d(lrs, [P, 1, 1]));
  const slots = (n: number) => vars.map(() => Array.from({ length: n }, () => null as tf.Variable | null));
  const zerosLike = (v: tf.Variable) => tf.variable(tf.zerosLike(v), false);
  const state = slots(2);
  const kind = spec.kind;
  if (kind !== 'sgd' && kind !== 'adam' && kind !== 'rmsprop') {
    throw new Error(`optimizer: unknown kind "${String(kind)}"; valid: sgd, adam, rmsprop`);
  }
  const beta1 = spec.beta1 ?? 0.9;
  const beta2 = spec.beta2 ?? 0.999;
  // β^t accumulated in float32, as tfjs keeps it in a variable.
  let acc1 = Math.fround(beta1);
  let acc2 = Math.fround(beta2);
  return {
    apply(grads) {
      tf.tidy(() => {
        vars.forEach((v, i) => {
          const g = grads[i];
          if (kind === 'sgd') {
            v.assign(sgdFolded ? tf.add(v, g) : tf.add(tf.mul(negLr, g), v));
            return;
          }
          const s = state[i];
          s[0] ??= tf.tidy(() => zerosLike(v));
          if (kind === 'adam') {
            s[1] ??= tf.tidy(() => zerosLike(v));
            const m = tf.add(tf.mul(s[0], beta1), tf.mul(g, 1 - beta1));
            const u = tf.add(tf.mul(s[1], beta2), tf.mul(tf.square(g), 1 - beta2));
            s[0].assign(m);
            s[1].assign(u);
            const mHat = tf.div(m, Math.fround(1 - acc1));
            const uHat = tf.div(u, Math.fround(1 - acc2));
            v.assign(tf.add(tf.mul(tf.div(mHat, tf.add(tf.sqrt(uHat), EPSILON)), negLr), v));
          } else {
            const ms = tf.add(tf.mul(s[0], 0.9), tf.mul(tf.square(g), 1 - 0.9));
            s[0].assign(ms);
            v.assign(tf.sub(v, tf.div(tf.mul(g, lr), tf.sqrt(tf.add(ms, EPSILON)))));
          }
        });
      });
      if (kind === 'adam') {
        acc1 = Math.fround(acc1 * Math.fround(beta1));
        acc2 = Math.fround(acc2 * Math.fround(beta2));
      }
    },
    dispose() {
      negLr.dispose();
      lr.dispose();
      for (const s of state) for (const x of s) x?.dispose();
    },
  };
}
