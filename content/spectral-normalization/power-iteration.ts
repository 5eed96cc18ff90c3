/**
 * Power iteration for the largest singular value, the way spectral normalization uses it,
 * plus an exact reference (Jacobi eigenvalues of WᵀW) for the figure's "true σ" line.
 * Plain arrays, no tfjs: the figure runs on the main thread.
 */
import { jacobiEigen, seededRandom } from '@minimax/figure';

export type Matrix = number[][];

/** A rows×cols matrix of standard normal entries (Box–Muller), the same for the same seed. */
export function seededMatrix(rows: number, cols: number, seed: number): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw new Error(`seededMatrix: rows and cols must be integers ≥ 1, got ${rows}×${cols}`);
  }
  const r = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return Array.from({ length: rows }, () => Array.from({ length: cols }, normal));
}

const norm = (x: number[]) => Math.hypot(...x);
const mulVec = (w: Matrix, v: number[]) => w.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
const mulTVec = (w: Matrix, u: number[]) => w[0].map((_, j) => w.reduce((s, row, i) => s + row[j] * u[i], 0));

/**
 * `iterations` rounds of u ← Wv/‖Wv‖, v ← Wᵀu/‖Wᵀu‖ from the start vector v0, recording
 * σ ≈ uᵀWv after each round. Returns the estimates and the final vectors (to carry over).
 */
export function powerIterationTrace(w: Matrix, iterations: number, v0: number[]) {
  if (v0.length !== w[0].length) throw new Error(`powerIterationTrace: v0 has length ${v0.length}, W has ${w[0].length} columns`);
  let v = v0.map((x) => x / (norm(v0) || 1));
  let u: number[] = [];
  const sigmas: number[] = [];
  for (let k = 0; k < iterations; k++) {
    const wv = mulVec(w, v);
    u = wv.map((x) => x / (norm(wv) || 1));
    const wtu = mulTVec(w, u);
    v = wtu.map((x) => x / (norm(wtu) || 1));
    sigmas.push(u.reduce((s, x, i) => s + x * mulVec(w, v)[i], 0));
  }
  return { sigmas, u, v };
}

/** Largest singular value as √λ_max(WᵀW), by Jacobi rotations (independent of power iteration). */
export function exactSigma(w: Matrix): number {
  const n = w[0].length;
  const wtw = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => w.reduce((s, row) => s + row[i] * row[j], 0)));
  return Math.sqrt(Math.max(0, ...jacobiEigen(wtw).values));
}

/** W plus `scale` times a seeded normal matrix: a stand-in for one small optimizer step on W. */
export function nudge(w: Matrix, scale: number, seed: number): Matrix {
  const d = seededMatrix(w.length, w[0].length, seed);
  return w.map((row, i) => row.map((x, j) => x + scale * d[i][j]));
}
