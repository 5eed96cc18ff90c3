/**
 * Expected squared Fréchet distance between Gaussian fits of two independent samples of n points
 * from the same d-dimensional Gaussian N(μ, I), to first order in 1/n: the means differ by
 * 2d/n on average and the covariances add about d(d+1)/(2n). Real data against real data does not
 * score 0, and the floor falls like 1/n: compare FIDs only at the same sample size.
 */
export function realVsRealFrechet(d: number, n: number): number {
  if (!(Number.isInteger(d) && d >= 1 && n >= 2)) throw new Error(`realVsRealFrechet: need d ≥ 1 and n ≥ 2, got d = ${d}, n = ${n}`);
  return (d * (d + 5)) / (2 * n);
}
