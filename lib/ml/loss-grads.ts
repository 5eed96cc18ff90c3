/**
 * Closed-form gradients of the GAN losses w.r.t. the discriminator's scores (logits), for the
 * hand-derived backward pass (backprop.ts). With σ the sigmoid and per-sample weights c
 * (realWeight/n on real rows, 1/n on fake rows, times −lr when SGD folds its step in):
 *   log losses (minimax, nsgan) D: c·(σ(s) − t), t = realLabel on real rows, 0 on fake rows;
 *   lsgan D: c·(s − t); wasserstein D: c·(−1 real, +1 fake); hinge D: c·sign·[1 + sign·s > 0];
 *   G (scores of fakes only, c = 1/n): minimax −c·σ(s), nsgan c·(σ(s) − 1), lsgan c·(s − 1),
 *   wasserstein and hinge −c. These are the derivatives of losses.ts's terms.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossName } from './losses';

export interface LossGradientOptions {
  loss: LossName;
  /** Batch size n: D scores are [.., 2n, 1] (real rows first), G scores [.., n, 1]. */
  batch: number;
  realLabel?: number;
  /** One entry per member (a single model: one entry). */
  realWeight: number[];
  /** Factor on the D (G) gradient per member: 1, or −lr when an SGD step is folded in. */
  dScale: number[];
  gScale: number[];
  /** Shape constants [P, rows, 1] (true) or [rows, 1] (false, one model). */
  stacked: boolean;
}

/** Gradients w.r.t. scores for one trainer; holds its constants until dispose(). */
export class LossGradients {
  private readonly dCoef: tf.Tensor;
  private readonly gCoef: tf.Tensor;
  private readonly target: tf.Tensor | null;
  private readonly sign: tf.Tensor | null;
  private readonly loss: LossName;

  constructor(o: LossGradientOptions) {
    const { batch: n, loss } = o;
    const P = o.dScale.length;
    const y = o.realLabel ?? 1;
    const rows = (k: number, f: (member: number, row: number) => number) => {
      const a = new Float32Array(P * k);
      for (let m = 0; m < P; m++) for (let r = 0; r < k; r++) a[m * k + r] = f(m, r);
      return tf.keep(o.stacked ? tf.tensor3d(a, [P, k, 1]) : tf.tensor2d(a, [k, 1]));
    };
    const isReal = (r: number) => r < n;
    const sign = (r: number) => (isReal(r) ? -1 : 1);
    const c = (m: number, r: number) => ((isReal(r) ? o.realWeight[m] : 1) / n) * o.dScale[m];
    this.loss = loss;
    // Wasserstein's gradient is constant: fold the sign into the coefficient.
    this.dCoef = rows(2 * n, loss === 'wasserstein' || loss === 'hinge' ? (m, r) => c(m, r) * sign(r) : c);
    const gSign = loss === 'minimax' || loss === 'wasserstein' || loss === 'hinge' ? -1 : 1;
    this.gCoef = rows(n, (m) => (gSign * o.gScale[m]) / n);
    this.target = loss === 'minimax' || loss === 'nsgan' || loss === 'lsgan' ? rows(2 * n, (_, r) => (isReal(r) ? y : 0)) : null;
    this.sign = loss === 'hinge' ? rows(2 * n, (_, r) => sign(r)) : null;
  }

  /** dLoss_D/ds for scores of [real; fake] rows (a held constant for wasserstein: do not dispose). */
  d(s: tf.Tensor): tf.Tensor {
    switch (this.loss) {
      case 'minimax':
      case 'nsgan':
        return tf.mul(this.dCoef, tf.sub(tf.sigmoid(s), this.target as tf.Tensor));
      case 'lsgan':
        return tf.mul(this.dCoef, tf.sub(s, this.target as tf.Tensor));
      case 'wasserstein':
        return this.dCoef;
      case 'hinge':
        return tf.mul(this.dCoef, tf.step(tf.add(tf.mul(this.sign as tf.Tensor, s), 1)));
    }
  }

  /** dLoss_G/ds for scores of fake rows. */
  g(s: tf.Tensor): tf.Tensor {
    switch (this.loss) {
      case 'minimax':
        return tf.mul(this.gCoef, tf.sigmoid(s));
      case 'nsgan':
        return tf.mul(this.gCoef, tf.sub(tf.sigmoid(s), 1));
      case 'lsgan':
        return tf.mul(this.gCoef, tf.sub(s, 1));
      case 'wasserstein':
      case 'hinge':
        return this.gCoef;
    }
  }

  dispose(): void {
    tf.dispose([this.dCoef, this.gCoef, this.target, this.sign].filter((t) => t !== null));
  }
}
