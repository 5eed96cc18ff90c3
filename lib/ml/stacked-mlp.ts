/**
 * P independent MLPs as one: every weight carries a leading population axis (W: [P, in, out],
 * b: [P, 1, out]) and inputs are [P, n, in], so one batched matrix product runs a layer of all
 * P members and tfjs's per-kernel dispatch is paid once, not P times. Member i's slices are
 * exactly the weights of an ordinary `mlp()` (they are copied from ones built with mlp()).
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation, Mlp } from './mlp';

interface StackedLayer {
  w: tf.Variable<tf.Rank.R3>;
  b: tf.Variable<tf.Rank.R3>;
  /** Power-iteration state per member (u: [P, out, 1], v: [P, in, 1]) when SN is on. */
  sn: { u: tf.Variable<tf.Rank.R3>; v: tf.Variable<tf.Rank.R3> } | null;
}

export interface StackedMlp {
  readonly size: number;
  readonly sizes: number[];
  readonly layers: StackedLayer[];
  readonly variables: tf.Variable[];
  /** [P, n, out] after the output activation. */
  apply(x: tf.Tensor3D): tf.Tensor3D;
  /** [P, n, out] before the output activation. */
  logits(x: tf.Tensor3D): tf.Tensor3D;
  /** One power iteration per SN layer and member, as spectralUpdate does for one model. */
  updateSpectral(): void;
  dispose(): void;
}

export interface StackOptions {
  hidden: Activation;
  output: Activation;
  leakySlope: number;
  secondOrder: boolean;
}

/** Stack the weights (and SN state) of P models of the same shape; the models are not kept. */
export function stackMlps(members: Mlp[], opts: StackOptions): StackedMlp {
  if (members.length === 0) throw new Error('stackMlps: need at least one member');
  const sizes = members[0].sizes;
  const P = members.length;
  const stack = (pick: (m: Mlp) => tf.Tensor, shape: [number, number]) =>
    tf.tidy(() => tf.variable(tf.reshape(tf.stack(members.map(pick)), [P, ...shape])) as tf.Variable<tf.Rank.R3>);
  const layers: StackedLayer[] = sizes.slice(1).map((out, i) => {
    const inp = sizes[i];
    const sn0 = members[0].layers[i].sn;
    return {
      w: stack((m) => m.layers[i].w, [inp, out]),
      b: stack((m) => m.layers[i].b, [1, out]),
      sn: sn0
        ? {
            u: tf.tidy(() => tf.variable(tf.stack(members.map((m) => m.layers[i].sn!.u)), false)) as tf.Variable<tf.Rank.R3>,
            v: tf.tidy(() => tf.variable(tf.stack(members.map((m) => m.layers[i].sn!.v)), false)) as tf.Variable<tf.Rank.R3>,
          }
        : null,
    };
  });
  const { hidden, output, leakySlope, secondOrder } = opts;
  const act = (x: tf.Tensor3D, a: Activation): tf.Tensor3D => {
    switch (a) {
      case 'relu':
        return tf.relu(x);
      case 'leakyRelu':
        return secondOrder ? tf.sub(tf.relu(x), tf.mul(leakySlope, tf.relu(tf.neg(x)))) : tf.leakyRelu(x, leakySlope);
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
  };
  // W/σ with σ = vᵀWu per member, as spectralSigma computes it for one model.
  const effectiveW = (l: StackedLayer): tf.Tensor3D =>
    l.sn ? tf.div(l.w, tf.sum(tf.mul(l.sn.v, tf.matMul(l.w, l.sn.u)), [1, 2], true)) : l.w;
  const forward = (x: tf.Tensor3D, withOutput: boolean): tf.Tensor3D => {
    if (x.rank !== 3 || x.shape[0] !== P || x.shape[2] !== sizes[0]) {
      throw new Error(`stacked mlp: input must have shape [${P}, n, ${sizes[0]}], got [${x.shape}]`);
    }
    let h = x;
    layers.forEach((l, i) => {
      const last = i === layers.length - 1;
      const w = effectiveW(l);
      // Not tf.fused.matMul: the wasm kernel takes only a rank-1 bias, and a member's bias is [1, out].
      h = tf.add(tf.matMul(h, w), l.b);
      if (!last) h = act(h, hidden);
    });
    return withOutput ? act(h, output) : h;
  };
  const unit = (t: tf.Tensor3D): tf.Tensor3D => tf.div(t, tf.add(tf.sqrt(tf.sum(tf.square(t), [1, 2], true)), 1e-12));
  return {
    size: P,
    sizes: sizes.slice(),
    layers,
    variables: layers.flatMap((l) => [l.w, l.b]),
    apply: (x) => tf.tidy(() => forward(x, true)),
    logits: (x) => tf.tidy(() => forward(x, false)),
    updateSpectral() {
      for (const l of layers) {
        if (!l.sn) continue;
        const sn = l.sn;
        tf.tidy(() => {
          const v = unit(tf.matMul(l.w, sn.u));
          const u = unit(tf.matMul(l.w, v, true, false));
          sn.v.assign(v);
          sn.u.assign(u);
        });
      }
    },
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
