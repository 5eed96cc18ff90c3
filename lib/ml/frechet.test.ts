/**
 * The Fréchet distance's trace term tr(Σ₁Σ₂)^½ where Σ₁Σ₂ is not symmetric: checked against
 * closed forms that use no eigen-solver and against a 40-digit reference.
 */
import { describe, expect, test } from 'vitest';
import { frechetDistance, frechetGaussians } from './measures';
import { matMul, transpose, type Matrix } from './linalg';
import { createRng, normalArray } from './random';

const trace = (m: Matrix) => m.reduce((s, row, i) => s + row[i], 0);
const zeros = (d: number) => new Array<number>(d).fill(0);
/** tr(Σ₁ + Σ₂ − 2(Σ₁Σ₂)^½) read off the distance between zero-mean Gaussians. */
const traceTerm = (c1: Matrix, c2: Matrix) => frechetGaussians(zeros(c1.length), c1, zeros(c1.length), c2);

/** A rotation in the (i, j) plane of R^d. */
function givens(d: number, i: number, j: number, angle: number): Matrix {
  const g: Matrix = Array.from({ length: d }, (_, r) => Array.from({ length: d }, (__, c) => (r === c ? 1 : 0)));
  g[i][i] = g[j][j] = Math.cos(angle);
  g[i][j] = -Math.sin(angle);
  g[j][i] = Math.sin(angle);
  return g;
}
const diag = (v: number[]) => v.map((x, i) => v.map((_, j) => (i === j ? x : 0)));
/** Q·diag(v)·Qᵀ. */
const congruent = (q: Matrix, v: number[]) => matMul(matMul(q, diag(v)), transpose(q));

describe('Fréchet distance between Gaussians', () => {
  test('commuting diagonal covariances: Σ (√a − √b)² per axis', () => {
    const a = [1, 9, 0.25, 4];
    const b = [4, 1, 1, 4];
    const expected = a.reduce((s, x, i) => s + (Math.sqrt(x) - Math.sqrt(b[i])) ** 2, 0);
    expect(traceTerm(diag(a), diag(b))).toBeCloseTo(expected, 12);
  });

  test('2×2 non-commuting pair: tr√M = √(tr M + 2√det M) for M = Σ₁Σ₂', () => {
    const c1 = [
      [2, 0.8],
      [0.8, 1],
    ];
    const c2 = [
      [1, -0.5],
      [-0.5, 3],
    ];
    const m = matMul(c1, c2);
    const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    const trSqrt = Math.sqrt(trace(m) + 2 * Math.sqrt(det));
    expect(traceTerm(c1, c2)).toBeCloseTo(trace(c1) + trace(c2) - 2 * trSqrt, 12);
  });

  test('constructed 4×4 pair with a known answer: Σ₂ = Σ₁^-½ R Λ² Rᵀ Σ₁^-½ gives tr(Σ₁Σ₂)^½ = tr Λ', () => {
    // Built only from rotations and diagonals, so no eigen-solver is involved in the expectation.
    const q = matMul(givens(4, 0, 1, 0.4), matMul(givens(4, 1, 3, -1.1), givens(4, 0, 2, 0.7)));
    const r = matMul(givens(4, 2, 3, 0.9), givens(4, 0, 3, -0.3));
    const d1 = [4, 1, 0.25, 2.25];
    const lambda = [1.5, 0.5, 2, 0.8];
    const c1 = congruent(q, d1);
    const c1InvSqrt = congruent(
      q,
      d1.map((x) => 1 / Math.sqrt(x)),
    );
    const c2 = matMul(
      matMul(
        c1InvSqrt,
        congruent(
          r,
          lambda.map((l) => l * l),
        ),
      ),
      c1InvSqrt,
    );
    const trLambda = lambda.reduce((s, l) => s + l, 0);
    expect(traceTerm(c1, c2)).toBeCloseTo(trace(c1) + trace(c2) - 2 * trLambda, 10);
  });

  test('singular Σ₁ = vvᵀ: tr(Σ₁Σ₂)^½ = √(vᵀΣ₂v)', () => {
    const c1 = [
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 0],
    ];
    const c2 = [
      [2, -0.7, 0.3],
      [-0.7, 1.5, 0.2],
      [0.3, 0.2, 0.8],
    ];
    expect(traceTerm(c1, c2)).toBeCloseTo(trace(c1) + trace(c2) - 2 * Math.sqrt(2 - 1.4 + 1.5), 10);
  });

  test('3×3 full covariances and means: agrees with a 40-digit reference', () => {
    // mpmath (mp.dps = 40): d = Σ(μ₁−μ₂)² + tr A + tr B − 2 tr sqrtm(A·B), sqrtm by Denman–Beavers.
    const reference = 3.946866255149208; // 3.94686625514920849853014954512, rounded to a double
    const a = [
      [4, 1, -1],
      [1, 3, 0.5],
      [-1, 0.5, 2],
    ];
    const b = [
      [2, -0.7, 0.3],
      [-0.7, 1.5, 0.2],
      [0.3, 0.2, 0.8],
    ];
    expect(frechetGaussians([0.5, -1, 2], a, [0, 0.25, 1.5], b)).toBeCloseTo(reference, 11);
  });

  test('is symmetric in its arguments and zero for equal Gaussians', () => {
    const a = [
      [4, 1, -1],
      [1, 3, 0.5],
      [-1, 0.5, 2],
    ];
    const b = [
      [2, -0.7, 0.3],
      [-0.7, 1.5, 0.2],
      [0.3, 0.2, 0.8],
    ];
    expect(frechetGaussians([1, 2, 3], a, [0, 0, 0], b)).toBeCloseTo(frechetGaussians([0, 0, 0], b, [1, 2, 3], a), 10);
    expect(frechetGaussians([1, 2, 3], a, [1, 2, 3], a)).toBeCloseTo(0, 10);
  });
});

describe('Fréchet distance between samples of the same distribution', () => {
  // Second-order bias of the plug-in estimate for two samples of N(0, I_d) of n points each:
  // E‖μ̂₁ − μ̂₂‖² = 2d/n, and the covariance term ≈ ¼E‖Σ̂₁ − Σ̂₂‖²_F = d(d+1)/(2n).
  const expectedBias = (d: number, n: number) => (d * (d + 5)) / (2 * n);
  function meanRealVsReal(d: number, n: number, repeats: number): number {
    const r = createRng(100 + d * 7 + n);
    let s = 0;
    for (let t = 0; t < repeats; t++) s += frechetDistance(normalArray(n * d, 0, 1, r), normalArray(n * d, 0, 1, r), d) / repeats;
    return s;
  }
  for (const [d, n] of [
    [1, 200],
    [2, 200],
    [2, 800],
    [5, 500],
  ]) {
    test(`d = ${d}, n = ${n}: averages d(d+5)/(2n) = ${expectedBias(d, n).toFixed(4)}`, () => {
      const ratio = meanRealVsReal(d, n, 200) / expectedBias(d, n);
      expect(ratio).toBeGreaterThan(0.85);
      expect(ratio).toBeLessThan(1.15);
    });
  }
});
