/**
 * Inception Score (Salimans et al. 2016) from a matrix of class probabilities p(y|x), one row per
 * sample: IS = exp(E_x KL(p(y|x) ‖ p(y))) with p(y) the mean row. It lies between 1 (every row the
 * same) and the number of classes (confident rows whose labels are used equally often).
 */

function checkRows(where: string, probs: number[][]): void {
  if (!Array.isArray(probs) || probs.length === 0) throw new Error(`${where}: expected a non-empty array of probability rows`);
  const k = probs[0].length;
  if (k === 0) throw new Error(`${where}: rows have no classes`);
  probs.forEach((row, i) => {
    if (row.length !== k) throw new Error(`${where}: row ${i} has ${row.length} classes, expected ${k}`);
    let s = 0;
    for (const p of row) {
      if (!(p >= 0)) throw new Error(`${where}: row ${i} has a probability ${p}; probabilities must be ≥ 0`);
      s += p;
    }
    if (Math.abs(s - 1) > 1e-6) throw new Error(`${where}: row ${i} sums to ${s}, expected 1`);
  });
}

/** The marginal label distribution p(y) = mean over rows of p(y|x). */
export function marginalLabels(probs: number[][]): number[] {
  checkRows('marginalLabels', probs);
  const m = new Array<number>(probs[0].length).fill(0);
  for (const row of probs) row.forEach((p, c) => (m[c] += p / probs.length));
  return m;
}

/** exp of the mean KL(p(y|x) ‖ p(y)); 0·log 0 counts as 0. */
export function inceptionScore(probs: number[][]): number {
  checkRows('inceptionScore', probs);
  const m = marginalLabels(probs);
  let kl = 0;
  for (const row of probs)
    row.forEach((p, c) => {
      if (p > 0) kl += (p * Math.log(p / m[c])) / probs.length;
    });
  return Math.exp(kl);
}
