/**
 * Seed 000's Lagrangian bound on a discrete model, in numbers: for any λ > 0,
 * Σ q log p ≤ Σ q log q − 1 − Σ q log λ + Σ p λ, with equality at λ = q / p.
 */

/** The average log-likelihood V = Σ_x q_x log p_x of an empirical distribution q under p. */
export function avgLogLikelihood(q: number[], p: number[]): number {
  return q.reduce((s, qx, i) => (qx > 0 ? s + qx * Math.log(p[i]) : s), 0);
}

/** The right-hand side of the bound for multipliers λ (one per outcome, all > 0). */
export function lagrangianBound(q: number[], p: number[], lambda: number[]): number {
  if (q.length !== p.length || q.length !== lambda.length) {
    throw new Error(`lagrangianBound: q, p and λ need equal lengths, got ${q.length}, ${p.length}, ${lambda.length}`);
  }
  let s = -1;
  q.forEach((qx, i) => {
    if (!(lambda[i] > 0)) throw new Error(`lagrangianBound: λ[${i}] must be > 0, got ${lambda[i]}`);
    if (qx > 0) s += qx * Math.log(qx) - qx * Math.log(lambda[i]);
    s += p[i] * lambda[i];
  });
  return s;
}
