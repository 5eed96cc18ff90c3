/**
 * A toy classifier for the Inception Score: K classes; sample i is predicted as class i mod m
 * (the generator uses m of the K classes equally often) with probability `confidence`, the rest
 * spread evenly over the other K − 1 classes. IS has a closed form here:
 * IS = exp(H(p(y)) − H(p(y|x))), since every row has the same entropy.
 */

export interface ToyClassifier {
  classes: number;
  used: number;
  confidence: number;
}

function check({ classes, used, confidence }: ToyClassifier): void {
  if (!Number.isInteger(classes) || classes < 2) throw new Error(`toy classifier: classes must be an integer ≥ 2, got ${classes}`);
  if (!Number.isInteger(used) || used < 1 || used > classes)
    throw new Error(`toy classifier: used must be an integer in [1, ${classes}], got ${used}`);
  if (!(confidence >= 1 / classes && confidence <= 1))
    throw new Error(`toy classifier: confidence must be in [1/${classes}, 1], got ${confidence}`);
}

/** p(y | x) for the i-th sample. */
export function toyRow(toy: ToyClassifier, i: number): number[] {
  check(toy);
  const rest = (1 - toy.confidence) / (toy.classes - 1);
  return Array.from({ length: toy.classes }, (_, c) => (c === i % toy.used ? toy.confidence : rest));
}

/** The marginal p(y) over a whole number of rounds through the used classes. */
export function toyMarginal(toy: ToyClassifier): number[] {
  check(toy);
  const rest = (1 - toy.confidence) / (toy.classes - 1);
  return Array.from({ length: toy.classes }, (_, c) => (c < toy.used ? (toy.confidence + (toy.used - 1) * rest) / toy.used : rest));
}

export function entropy(p: number[]): number {
  return -p.reduce((s, x) => (x > 0 ? s + x * Math.log(x) : s), 0);
}

/** IS = exp(H(p(y)) − H(p(y|x))): diverse labels raise it, unsure rows lower it. */
export function toyInceptionScore(toy: ToyClassifier): number {
  return Math.exp(entropy(toyMarginal(toy)) - entropy(toyRow(toy, 0)));
}
