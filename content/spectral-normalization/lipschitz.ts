/**
 * Lipschitz facts behind spectral normalization, as small numeric helpers: the bound for a
 * ReLU network is the product of its layers' spectral norms, and dividing each weight by its
 * σ brings that bound to 1. Used by the tests to check the chapter's claims.
 */
import { exactSigma, type Matrix } from './power-iteration';

/** x ↦ max(x, slope·x), elementwise. With 0 ≤ slope ≤ 1 it is 1-Lipschitz. */
export const leakyRelu = (x: number[], slope: number) => x.map((v) => (v > 0 ? v : slope * v));

/** y = leaky(W₁x) … then a final linear layer; W stored as rows = outputs. */
export function mlpForward(ws: Matrix[], x: number[], slope = 0.2): number[] {
  let h = x;
  ws.forEach((w, i) => {
    const z = w.map((row) => row.reduce((s, a, j) => s + a * h[j], 0));
    h = i < ws.length - 1 ? leakyRelu(z, slope) : z;
  });
  return h;
}

/** The composition bound: the product of every layer's spectral norm. */
export const productOfSigmas = (ws: Matrix[]) => ws.reduce((p, w) => p * exactSigma(w), 1);

/** Each W divided by its own σ (what spectral normalization computes, with exact σ). */
export const spectrallyNormalize = (ws: Matrix[]) =>
  ws.map((w) => {
    const s = exactSigma(w);
    return w.map((row) => row.map((x) => x / s));
  });
