/**
 * The optimal discriminator for two 1-D Gaussians and the value of the game at it,
 * computed on a grid so the figure and the tests share one implementation.
 */
import { gaussianPdf } from '@minimax/figure';

export interface Gauss1d {
  mean: number;
  std: number;
}

export function gaussPdf(x: number, g: Gauss1d): number {
  return gaussianPdf(x, g.mean, g.std);
}

/** D*(x) = p_data / (p_data + p_g); 1/2 where both densities vanish (any value is optimal there). */
export function optimalD(pData: number, pG: number): number {
  const s = pData + pG;
  return s > 0 ? pData / s : 0.5;
}

/** x log(x / y) with the conventions 0 log 0 = 0. */
function xlogxy(x: number, y: number): number {
  return x > 0 ? x * Math.log(x / y) : 0;
}

export interface GameAtOptimum {
  xs: number[];
  pData: number[];
  pG: number[];
  dStar: number[];
  /** V(D*, G) = ∫ p_data log D* + p_g log(1 − D*), by the midpoint rule. */
  value: number;
  /** JSD(p_data ‖ p_g) in nats, by the same rule. */
  jsd: number;
}

/**
 * Evaluate both densities, D* and the value on `n` midpoints of [lo, hi]. Terms where a
 * density is zero contribute nothing (0 log 0 = 0), so disjoint supports give value 0.
 */
export function gameAtOptimum(data: Gauss1d, gen: Gauss1d, lo: number, hi: number, n = 800): GameAtOptimum {
  if (!(hi > lo) || !Number.isInteger(n) || n < 2) {
    throw new Error(`gameAtOptimum: need hi > lo and an integer n >= 2, got [${lo}, ${hi}], n = ${n}`);
  }
  const dx = (hi - lo) / n;
  const out: GameAtOptimum = { xs: [], pData: [], pG: [], dStar: [], value: 0, jsd: 0 };
  for (let i = 0; i < n; i++) {
    const x = lo + (i + 0.5) * dx;
    const p = gaussPdf(x, data);
    const q = gaussPdf(x, gen);
    const d = optimalD(p, q);
    const m = 0.5 * (p + q);
    out.xs.push(x);
    out.pData.push(p);
    out.pG.push(q);
    out.dStar.push(d);
    // p log D* = p log(p / (p + q)) = p log(p / m) − p log 2, and the same for q.
    out.value += (xlogxy(p, m) + xlogxy(q, m) - (p + q) * Math.LN2) * dx;
    out.jsd += 0.5 * (xlogxy(p, m) + xlogxy(q, m)) * dx;
  }
  return out;
}
