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

/**
 * The per-sample terms of the D/critic loss: loss = realWeight·mean(real term) + mean(fake term).
 * Shared by the single-model loss below and the population trainer, which averages per member.
 */
export function discriminatorTerms(
  name: LossName,
  real: tf.Tensor,
  fake: tf.Tensor,
  opts: DLossOptions = {},
): { real: tf.Tensor; fake: tf.Tensor } {
  checkLoss(name);
  const { realLabel = 1 } = opts;
  if (!(realLabel > 0 && realLabel <= 1)) throw new Error(`discriminatorLoss: realLabel must be in (0, 1], got ${realLabel}`);
  switch (name) {
    case 'minimax':
    case 'nsgan':
      return {
        real:
          realLabel === 1
            ? tf.softplus(tf.neg(real))
            : tf.add(tf.mul(realLabel, tf.softplus(tf.neg(real))), tf.mul(1 - realLabel, tf.softplus(real))),
        fake: tf.softplus(fake),
      };
    case 'lsgan':
      return { real: tf.mul(0.5, tf.square(tf.sub(real, realLabel))), fake: tf.mul(0.5, tf.square(fake)) };
    case 'wasserstein':
      return { real: tf.neg(real), fake };
    case 'hinge':
      return { real: tf.relu(tf.sub(1, real)), fake: tf.relu(tf.add(1, fake)) };
  }
}

/** Discriminator/critic loss (to minimize) from scores on real and fake samples. */
export function discriminatorLoss(name: LossName, real: tf.Tensor, fake: tf.Tensor, opts: DLossOptions = {}): tf.Scalar {
  const { realWeight = 1 } = opts;
  return tf.tidy(() => {
    const t = discriminatorTerms(name, real, fake, opts);
    const rm = realWeight === 1 ? tf.mean(t.real) : tf.mul(realWeight, tf.mean(t.real));
    return tf.add(rm, tf.mean(t.fake)) as tf.Scalar;
  });
}

/** The per-sample term of the generator loss: loss = mean(term); minimax's is negative. */
export function generatorTerm(name: LossName, fake: tf.Tensor): tf.Tensor {
  checkLoss(name);
  switch (name) {
    case 'minimax':
      return tf.neg(tf.softplus(fake));
    case 'nsgan':
      return tf.softplus(tf.neg(fake));
    case 'lsgan':
      return tf.mul(0.5, tf.square(tf.sub(fake, 1)));
    case 'wasserstein':
    case 'hinge':
      return tf.neg(fake);
  }
}

/** Generator loss (to minimize) from the discriminator's scores on fake samples. */
export function generatorLoss(name: LossName, fake: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(generatorTerm(name, fake)) as tf.Scalar);
}
