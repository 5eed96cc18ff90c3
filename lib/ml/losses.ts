/**
 * GAN losses from raw discriminator scores (logits, i.e. before any sigmoid).
 * The log-loss variants use softplus: −log σ(s) = softplus(−s) and
 * −log(1 − σ(s)) = softplus(s), which never takes the log of 0.
 */
import * as tf from '@tensorflow/tfjs';

export const LOSS_NAMES = ['minimax', 'nsgan', 'lsgan', 'wasserstein', 'hinge'] as const;
/**
 * minimax: the saturating loss of Goodfellow et al. 2014 (G minimizes log(1 − D(G(z))));
 * nsgan: same D loss, G minimizes −log D(G(z)); lsgan: least squares (Mao et al. 2017, a=0, b=c=1);
 * wasserstein: critic maximizes E f(real) − E f(fake); hinge: Miyato et al. 2018.
 */
export type LossName = (typeof LOSS_NAMES)[number];

export interface DLossOptions {
  /** One-sided label smoothing: target for real samples (default 1; Salimans et al. 2016 use 0.9). */
  realLabel?: number;
  /** Scale on the real-sample term (GAN Lab uses 0.95 on log D(real)); default 1. */
  realWeight?: number;
}

export function checkLoss(name: string): asserts name is LossName {
  if (!(LOSS_NAMES as readonly string[]).includes(name)) {
    throw new Error(`loss: unknown loss "${name}"; valid: ${LOSS_NAMES.join(', ')}`);
  }
}

/** Discriminator/critic loss (to minimize) from scores on real and fake samples. */
export function discriminatorLoss(
  name: LossName,
  real: tf.Tensor,
  fake: tf.Tensor,
  opts: DLossOptions = {},
): tf.Scalar {
  checkLoss(name);
  const { realLabel = 1, realWeight = 1 } = opts;
  if (!(realLabel > 0 && realLabel <= 1)) throw new Error(`discriminatorLoss: realLabel must be in (0, 1], got ${realLabel}`);
  return tf.tidy(() => {
    let r: tf.Tensor;
    let f: tf.Tensor;
    switch (name) {
      case 'minimax':
      case 'nsgan':
        r = realLabel === 1
          ? tf.softplus(tf.neg(real))
          : tf.add(tf.mul(realLabel, tf.softplus(tf.neg(real))), tf.mul(1 - realLabel, tf.softplus(real)));
        f = tf.softplus(fake);
        break;
      case 'lsgan':
        r = tf.mul(0.5, tf.square(tf.sub(real, realLabel)));
        f = tf.mul(0.5, tf.square(fake));
        break;
      case 'wasserstein':
        r = tf.neg(real);
        f = fake;
        break;
      case 'hinge':
        r = tf.relu(tf.sub(1, real));
        f = tf.relu(tf.add(1, fake));
        break;
    }
    const rm = realWeight === 1 ? tf.mean(r) : tf.mul(realWeight, tf.mean(r));
    return tf.add(rm, tf.mean(f)) as tf.Scalar;
  });
}

/** Generator loss (to minimize) from the discriminator's scores on fake samples. */
export function generatorLoss(name: LossName, fake: tf.Tensor): tf.Scalar {
  checkLoss(name);
  return tf.tidy(() => {
    switch (name) {
      case 'minimax':
        return tf.neg(tf.mean(tf.softplus(fake))) as tf.Scalar;
      case 'nsgan':
        return tf.mean(tf.softplus(tf.neg(fake))) as tf.Scalar;
      case 'lsgan':
        return tf.mul(0.5, tf.mean(tf.square(tf.sub(fake, 1)))) as tf.Scalar;
      case 'wasserstein':
      case 'hinge':
        return tf.neg(tf.mean(fake)) as tf.Scalar;
    }
  });
}
