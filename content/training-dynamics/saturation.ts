/**
 * The two generator losses as functions of the discriminator's logit a on a fake sample
 * (D = σ(a)), and their derivatives. G lowers its loss by moving a; a derivative near 0
 * means the discriminator passes no signal back to the generator.
 */

export function sigmoid(a: number): number {
  return a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
}

/** log(1 + e^a) without overflow. */
function softplus(a: number): number {
  return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
}

/** The minimax (saturating) generator loss log(1 − σ(a)) = −softplus(a). */
export function saturatingLoss(a: number): number {
  return -softplus(a);
}

/** d/da log(1 − σ(a)) = −σ(a): vanishes as a → −∞, where D is sure the sample is fake. */
export function saturatingGrad(a: number): number {
  return -sigmoid(a);
}

/** The non-saturating generator loss −log σ(a) = softplus(−a). */
export function nonSaturatingLoss(a: number): number {
  return softplus(-a);
}

/** d/da −log σ(a) = σ(a) − 1: tends to −1 as a → −∞, so the signal survives a confident D. */
export function nonSaturatingGrad(a: number): number {
  return sigmoid(a) - 1;
}
