/** Closed-form densities and the quantities GAN theory defines from them. */
import { checkMixture, type Mixture1d } from './data';

/** N(x; mean, std²). */
export function gaussianPdf(x: number, mean = 0, std = 1): number {
  if (!(std > 0)) throw new Error(`gaussianPdf: std must be > 0, got ${std}`);
  const z = (x - mean) / std;
  return Math.exp(-0.5 * z * z) / (std * Math.sqrt(2 * Math.PI));
}

/** Axis-aligned 2-D Gaussian density N((x, y); mean, diag(std²)). */
export function gaussianPdf2d(x: number, y: number, mean: [number, number], std: [number, number]): number {
  return gaussianPdf(x, mean[0], std[0]) * gaussianPdf(y, mean[1], std[1]);
}

/** Density of a 1-D Gaussian mixture at x. */
export function mixturePdf1d(x: number, m: Mixture1d): number {
  checkMixture('mixturePdf1d', m);
  const total = m.weights.reduce((a, b) => a + b, 0);
  let p = 0;
  for (let i = 0; i < m.means.length; i++) p += (m.weights[i] / total) * gaussianPdf(x, m.means[i], m.stds[i]);
  return p;
}

/** Mean log-likelihood per sample of xs under a 1-D Gaussian mixture (log-sum-exp, stable). */
export function mixtureLogLikelihood(xs: ArrayLike<number>, m: Mixture1d): number {
  checkMixture('mixtureLogLikelihood', m);
  if (xs.length === 0) throw new Error('mixtureLogLikelihood: xs is empty');
  const total = m.weights.reduce((a, b) => a + b, 0);
  const logW = m.weights.map((w) => Math.log(w / total));
  let sum = 0;
  const terms = new Array<number>(m.means.length);
  for (let i = 0; i < xs.length; i++) {
    let max = -Infinity;
    for (let c = 0; c < terms.length; c++) {
      const z = (xs[i] - m.means[c]) / m.stds[c];
      terms[c] = logW[c] - 0.5 * z * z - Math.log(m.stds[c]) - 0.5 * Math.log(2 * Math.PI);
      if (terms[c] > max) max = terms[c];
    }
    let s = 0;
    for (const t of terms) s += Math.exp(t - max);
    sum += max + Math.log(s);
  }
  return sum / xs.length;
}

/** GAN Lab's default two-Gaussian data density at (x, y). */
export function twoGaussiansPdf(x: number, y: number): number {
  return 0.5 * gaussianPdf2d(x, y, [0.3, 0.7], [0.1, 0.1]) + 0.5 * gaussianPdf2d(x, y, [0.7, 0.4], [0.05, 0.2]);
}

/** Closed form KL(N(m1, s1²) ‖ N(m2, s2²)) in nats. */
export function klGaussian1d(m1: number, s1: number, m2: number, s2: number): number {
  if (!(s1 > 0) || !(s2 > 0)) throw new Error(`klGaussian1d: stds must be > 0, got ${s1}, ${s2}`);
  return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
}

/**
 * The optimal discriminator D*(x) = p_data(x) / (p_data(x) + p_g(x)) (Goodfellow et al. 2014,
 * Prop. 1), elementwise on density values; 0.5 where both densities vanish.
 */
export function optimalDiscriminator(pData: ArrayLike<number>, pG: ArrayLike<number>): number[] {
  if (pData.length !== pG.length) {
    throw new Error(`optimalDiscriminator: lengths differ, got ${pData.length} and ${pG.length}`);
  }
  const out: number[] = [];
  for (let i = 0; i < pData.length; i++) {
    const s = pData[i] + pG[i];
    out.push(s > 0 ? pData[i] / s : 0.5);
  }
  return out;
}

/** D* as a function of x for two known densities. */
export function optimalDiscriminatorFn<X>(pData: (x: X) => number, pG: (x: X) => number): (x: X) => number {
  return (x) => {
    const a = pData(x);
    const s = a + pG(x);
    return s > 0 ? a / s : 0.5;
  };
}

/**
 * The GAN value V(D, G) = E_data[log D] + E_g[log(1 - D)] on a discrete space:
 * Σ p_data(i) log d(i) + Σ p_g(i) log(1 - d(i)), with 0·log 0 = 0.
 */
export function ganValue(pData: ArrayLike<number>, pG: ArrayLike<number>, d: ArrayLike<number>): number {
  if (pData.length !== pG.length || pData.length !== d.length) {
    throw new Error(`ganValue: lengths differ, got ${pData.length}, ${pG.length}, ${d.length}`);
  }
  let v = 0;
  for (let i = 0; i < d.length; i++) {
    if (pData[i] > 0) v += pData[i] * Math.log(d[i]);
    if (pG[i] > 0) v += pG[i] * Math.log(1 - d[i]);
  }
  return v;
}
