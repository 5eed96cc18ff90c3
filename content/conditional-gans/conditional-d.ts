/**
 * The optimal conditional discriminator on a 1-D toy: three labels, each with its own data mode.
 * The generator draws label y's samples from its own mode with probability 1 − swap and from the
 * next label's mode with probability swap, all shifted by `shift`. With shift = 0 the generator's
 * samples, labels ignored, have exactly the data's distribution: only a discriminator that sees
 * the label can tell.
 */

export const MODES = [-2, 0, 2];
const STD = 0.5;

export interface Toy {
  swap: number;
  shift: number;
}

function normalPdf(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
}

/** p_data(x | y). */
export function dataPdf(x: number, y: number): number {
  return normalPdf(x, MODES[y], STD);
}

/** p_g(x | y): own mode with probability 1 − swap, the next label's mode with probability swap. */
export function genPdf(x: number, y: number, { swap, shift }: Toy): number {
  const next = (y + 1) % MODES.length;
  return (1 - swap) * normalPdf(x, MODES[y] + shift, STD) + swap * normalPdf(x, MODES[next] + shift, STD);
}

/** Labels are equally likely for data and generator, so marginals are plain averages over y. */
const average = (f: (y: number) => number) => MODES.reduce((s, _, y) => s + f(y), 0) / MODES.length;

/** D*(x, y) = p_data(x|y) / (p_data(x|y) + p_g(x|y)): realistic *and* matching its label. */
export function conditionalOptimalD(x: number, y: number, toy: Toy): number {
  const pd = dataPdf(x, y);
  return pd / (pd + genPdf(x, y, toy));
}

/** D*(x) of a discriminator that never sees labels: p_data(x) / (p_data(x) + p_g(x)). */
export function unconditionalOptimalD(x: number, toy: Toy): number {
  const pd = average((y) => dataPdf(x, y));
  return pd / (pd + average((y) => genPdf(x, y, toy)));
}

/** logit D*(x, y) = log p_data(x|y) − log p_g(x|y), the log density ratio of the conditionals. */
export function optimalLogit(x: number, y: number, toy: Toy): number {
  return Math.log(dataPdf(x, y)) - Math.log(genPdf(x, y, toy));
}

/**
 * With swap = 0 the log ratio of two Gaussians with equal spread is linear in x, so it is exactly
 * a projection embed(y)ᵀφ(x) with φ(x) = (x, 1): embed(y) = (−δ/σ², (δμ_y + δ²/2)/σ²).
 */
export function projectionEmbedding(y: number, shift: number): [number, number] {
  const s2 = STD * STD;
  return [-shift / s2, (shift * MODES[y] + (shift * shift) / 2) / s2];
}
