import { describe, expect, it } from 'vitest';
import { leakyRelu, mlpForward, productOfSigmas, spectrallyNormalize } from './lipschitz';
import { exactSigma, powerIterationTrace, seededMatrix } from './power-iteration';

const dist = (a: number[], b: number[]) => Math.hypot(...a.map((x, i) => x - b[i]));

/** The largest ‖f(x) − f(y)‖ / ‖x − y‖ over random nearby pairs: a lower estimate of the Lipschitz constant. */
function empiricalLipschitz(f: (x: number[]) => number[], dim: number, seed: number): number {
  const pts = seededMatrix(400, dim, seed);
  const steps = seededMatrix(400, dim, seed + 1);
  let best = 0;
  pts.forEach((x, i) => {
    const y = x.map((v, j) => v + 1e-3 * steps[i][j]);
    best = Math.max(best, dist(f(x), f(y)) / dist(x, y));
  });
  return best;
}

describe('Lipschitz constants', () => {
  it('ReLU and leaky ReLU never stretch distances (1-Lipschitz), and reach 1 on positive inputs', () => {
    for (const slope of [0, 0.2]) {
      const pts = seededMatrix(200, 5, 3);
      for (let i = 1; i < pts.length; i++) {
        expect(dist(leakyRelu(pts[i], slope), leakyRelu(pts[i - 1], slope))).toBeLessThanOrEqual(dist(pts[i], pts[i - 1]) + 1e-12);
      }
      expect(dist(leakyRelu([2, 3], slope), leakyRelu([1, 1], slope))).toBeCloseTo(dist([2, 3], [1, 1]), 12);
    }
  });

  it("a linear layer's constant is its spectral norm, attained along the top right singular vector", () => {
    const w = seededMatrix(5, 3, 8);
    const sigma = exactSigma(w);
    const f = (x: number[]) => mlpForward([w], x);
    expect(empiricalLipschitz(f, 3, 10)).toBeLessThanOrEqual(sigma + 1e-9);
    const { v } = powerIterationTrace(w, 200, [1, 0, 0]);
    expect(dist(f(v), f([0, 0, 0])) / dist(v, [0, 0, 0])).toBeCloseTo(sigma, 9);
  });

  it("a network's constant is at most the product of its layers' σ, and 1 after spectral normalization", () => {
    const ws = [seededMatrix(16, 2, 1), seededMatrix(16, 16, 2), seededMatrix(1, 16, 3)];
    const bound = productOfSigmas(ws);
    const net = (x: number[]) => mlpForward(ws, x);
    const measured = empiricalLipschitz(net, 2, 20);
    expect(measured).toBeLessThanOrEqual(bound);
    expect(measured).toBeGreaterThan(0);
    const normalized = spectrallyNormalize(ws);
    expect(productOfSigmas(normalized)).toBeCloseTo(1, 9);
    expect(empiricalLipschitz((x) => mlpForward(normalized, x), 2, 30)).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe('convolutions flattened to a matrix', () => {
  /** The n×n circulant matrix of a 1-D circular convolution with `kernel` (one channel). */
  function circulant(kernel: number[], n: number): number[][] {
    return Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => {
        const k = (j - i + n) % n;
        return k < kernel.length ? kernel[k] : 0;
      }),
    );
  }

  it('the kernel (1, 1, 1) flattens to σ = √3, but the convolution it defines has norm 3', () => {
    const flattened = exactSigma([[1, 1, 1]]);
    const operator = exactSigma(circulant([1, 1, 1], 12));
    expect(flattened).toBeCloseTo(Math.sqrt(3), 12);
    expect(operator).toBeCloseTo(3, 9);
    // The general bound ‖conv‖ ≤ √(kernel size) · σ(flattened) is attained here.
    expect(operator).toBeCloseTo(Math.sqrt(3) * flattened, 9);
  });

  it('a random kernel never exceeds the √k bound', () => {
    const kernel = seededMatrix(1, 5, 4)[0];
    expect(exactSigma(circulant(kernel, 16))).toBeLessThanOrEqual(Math.sqrt(5) * exactSigma([kernel]) + 1e-9);
  });
});
