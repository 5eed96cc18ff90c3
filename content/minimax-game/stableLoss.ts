/**
 * The reference solution of the chapter's exercise: the discriminator's log loss from
 * logits, written so it never exponentiates a large positive number or takes log(0).
 */

/** softplus(a) = log(1 + e^a) = max(a, 0) + log(1 + e^−|a|). */
export function softplus(a: number): number {
  return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
}

/** mean −log σ(r) over real logits + mean −log(1 − σ(f)) over fake logits. */
export function discriminatorLossFromLogits(realLogits: number[], fakeLogits: number[]): number {
  if (realLogits.length === 0 || fakeLogits.length === 0) {
    throw new Error(`discriminatorLossFromLogits: need logits for both, got ${realLogits.length} real and ${fakeLogits.length} fake`);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return mean(realLogits.map((r) => softplus(-r))) + mean(fakeLogits.map((f) => softplus(f)));
}

/** The textbook formula through probabilities; overflows to Infinity/NaN for large |logits|. */
export function naiveDiscriminatorLoss(realLogits: number[], fakeLogits: number[]): number {
  const sig = (a: number) => 1 / (1 + Math.exp(-a));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return mean(realLogits.map((r) => -Math.log(sig(r)))) + mean(fakeLogits.map((f) => -Math.log(1 - sig(f))));
}
