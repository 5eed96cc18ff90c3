/**
 * Small dense linear algebra on plain number[][] for teaching and tests:
 * power iteration, an independent Jacobi eigen-solver, and PSD square roots.
 */
import { createRng } from './random';

export type Matrix = number[][];

function checkMatrix(where: string, a: Matrix): void {
  if (!Array.isArray(a) || a.length === 0 || !Array.isArray(a[0]) || a[0].length === 0) {
    throw new Error(`${where}: expected a non-empty number[][], got ${JSON.stringify(a)?.slice(0, 80)}`);
  }
  const c = a[0].length;
  a.forEach((row, i) => {
    if (row.length !== c) throw new Error(`${where}: row ${i} has length ${row.length}, expected ${c}`);
  });
}

export function transpose(a: Matrix): Matrix {
  return a[0].map((_, j) => a.map((row) => row[j]));
}

export function matMul(a: Matrix, b: Matrix): Matrix {
  if (a[0].length !== b.length)
    throw new Error(`matMul: shapes [${a.length},${a[0].length}] and [${b.length},${b[0].length}] do not match`);
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

function matVec(a: Matrix, x: number[]): number[] {
  return a.map((row) => row.reduce((s, v, k) => s + v * x[k], 0));
}

function norm(x: number[]): number {
  return Math.sqrt(x.reduce((s, v) => s + v * v, 0));
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
 * Returns eigenvalues (descending) and the matching eigenvectors as columns.
 */
export function jacobiEigen(s: Matrix, tol = 1e-12, maxSweeps = 100): { values: number[]; vectors: Matrix } {
  checkMatrix('jacobiEigen', s);
  const n = s.length;
  if (s[0].length !== n) throw new Error(`jacobiEigen: matrix must be square, got ${n}×${s[0].length}`);
  const a = s.map((r) => r.slice());
  const v: Matrix = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
    if (off < tol * tol) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - sn * akq;
          a[k][q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - sn * aqk;
          a[q][k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - sn * vkq;
          v[k][q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const order = a.map((_, i) => i).sort((i, j) => a[j][j] - a[i][i]);
  return { values: order.map((i) => a[i][i]), vectors: v.map((row) => order.map((i) => row[i])) };
}

/** Largest singular value of W as sqrt(λ_max(WᵀW)), computed with jacobiEigen (no power iteration). */
export function largestSingularValue(w: Matrix): number {
  checkMatrix('largestSingularValue', w);
  const wt = transpose(w);
  const gram = w[0].length <= w.length ? matMul(wt, w) : matMul(w, wt);
  return Math.sqrt(Math.max(0, jacobiEigen(gram).values[0]));
}

/**
 * Power iteration for the largest singular value of W (as used by spectral normalization):
 * v ← Wᵀu/‖Wᵀu‖, u ← Wv/‖Wv‖, σ ≈ uᵀWv. Returns σ after each iteration.
 */
export function powerIteration(
  w: Matrix,
  iterations: number,
  opts: { seed?: number; u0?: number[] } = {},
): { sigmas: number[]; u: number[]; v: number[] } {
  checkMatrix('powerIteration', w);
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`powerIteration: iterations must be an integer >= 1, got ${iterations}`);
  }
  const r = createRng(opts.seed ?? 0);
  let u = opts.u0 ?? w.map(() => r.normal());
  if (u.length !== w.length) throw new Error(`powerIteration: u0 has length ${u.length}, expected ${w.length}`);
  const wt = transpose(w);
  let v: number[] = [];
  const sigmas: number[] = [];
  for (let i = 0; i < iterations; i++) {
    v = matVec(wt, u);
    const nv = norm(v) || 1;
    v = v.map((x) => x / nv);
    const wv = matVec(w, v);
    const nu = norm(wv) || 1;
    u = wv.map((x) => x / nu);
    sigmas.push(u.reduce((s, x, k) => s + x * wv[k], 0));
  }
  return { sigmas, u, v };
}

/** Symmetric PSD square root via jacobiEigen (negative eigenvalues from round-off clamp to 0). */
export function sqrtPsd(s: Matrix): Matrix {
  const { values, vectors } = jacobiEigen(s);
  const n = s.length;
  return vectors.map((_, i) =>
    vectors.map((__, j) => {
      let x = 0;
      for (let k = 0; k < n; k++) x += vectors[i][k] * Math.sqrt(Math.max(0, values[k])) * vectors[j][k];
      return x;
    }),
  );
}
