/**
 * Sample-based measures: exact 1-D Wasserstein-1, Parzen (KDE) log-likelihood,
 * Fréchet distance between Gaussian fits, and mode coverage for ring/grid data.
 */
import { gridModes, ringModes, type ModeLayout } from './data';
import { jacobiEigen, matMul, sqrtPsd, type Matrix } from './linalg';
import { toFlat, type PointsLike } from './points';

function sorted(where: string, xs: ArrayLike<number>): Float64Array {
  if (xs.length === 0) throw new Error(`${where}: sample is empty`);
  const out = Float64Array.from(xs);
  for (const x of out) if (!Number.isFinite(x)) throw new Error(`${where}: samples must be finite, got ${x}`);
  return out.sort();
}

/**
 * Exact W1 between the empirical distributions of two 1-D samples:
 * ∫₀¹ |F_a⁻¹(t) − F_b⁻¹(t)| dt. With equal sizes this is the mean |a₍ᵢ₎ − b₍ᵢ₎| of
 * sorted samples; otherwise the quantile functions are integrated piece by piece
 * over the merged breakpoints {i/n} ∪ {j/m}.
 */
export function wasserstein1d(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const sa = sorted('wasserstein1d', a);
  const sb = sorted('wasserstein1d', b);
  const n = sa.length;
  const m = sb.length;
  if (n === m) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.abs(sa[i] - sb[i]);
    return s / n;
  }
  let i = 0;
  let j = 0;
  let t = 0;
  let w = 0;
  while (i < n && j < m) {
    const next = Math.min((i + 1) / n, (j + 1) / m);
    w += (next - t) * Math.abs(sa[i] - sb[j]);
    t = next;
    if ((i + 1) / n <= next + 1e-15) i++;
    if ((j + 1) / m <= next + 1e-15) j++;
  }
  return w;
}

/**
 * Parzen-window log-likelihood: mean over `test` of log (1/n) Σᵢ N(x; sᵢ, h²I),
 * the estimator of Goodfellow et al. 2014 (bandwidth h chosen on validation data there).
 */
export function kdeLogLikelihood(samples: PointsLike, test: PointsLike, h: number, dim?: number): number {
  if (!(h > 0)) throw new Error(`kdeLogLikelihood: bandwidth must be > 0, got ${h}`);
  const s = toFlat(samples, 'kdeLogLikelihood', dim);
  const t = toFlat(test, 'kdeLogLikelihood', dim);
  if (s.dim !== t.dim) throw new Error(`kdeLogLikelihood: samples have ${s.dim} columns but test points ${t.dim}`);
  if (s.n === 0 || t.n === 0) throw new Error(`kdeLogLikelihood: empty input (${s.n} samples, ${t.n} test points)`);
  const d = s.dim;
  const logNorm = -Math.log(s.n) - d * Math.log(h) - 0.5 * d * Math.log(2 * Math.PI);
  const e = new Float64Array(s.n);
  let total = 0;
  for (let k = 0; k < t.n; k++) {
    let max = -Infinity;
    for (let i = 0; i < s.n; i++) {
      let q = 0;
      for (let c = 0; c < d; c++) {
        const z = t.data[k * d + c] - s.data[i * d + c];
        q += z * z;
      }
      e[i] = (-0.5 * q) / (h * h);
      if (e[i] > max) max = e[i];
    }
    let sum = 0;
    for (let i = 0; i < s.n; i++) sum += Math.exp(e[i] - max);
    total += logNorm + max + Math.log(sum);
  }
  return total / t.n;
}

/** Mean and (maximum-likelihood, 1/n) covariance of a point set. */
export function gaussianFit(points: PointsLike, dim?: number): { mean: number[]; cov: Matrix } {
  const { data, n, dim: d } = toFlat(points, 'gaussianFit', dim);
  if (n < 1) throw new Error(`gaussianFit: need at least 1 point, got ${n}`);
  const mean = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let c = 0; c < d; c++) mean[c] += data[i * d + c] / n;
  const cov: Matrix = mean.map(() => new Array<number>(d).fill(0));
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < d; b++) cov[a][b] += ((data[i * d + a] - mean[a]) * (data[i * d + b] - mean[b])) / n;
    }
  }
  return { mean, cov };
}

/**
 * Squared Fréchet distance between N(μ₁, Σ₁) and N(μ₂, Σ₂):
 * ‖μ₁−μ₂‖² + tr(Σ₁ + Σ₂ − 2(Σ₁Σ₂)^½), with tr(Σ₁Σ₂)^½ = Σ √λ(Σ₁^½ Σ₂ Σ₁^½).
 * This is the quantity FID computes on Inception features; here on raw points.
 */
export function frechetGaussians(m1: number[], c1: Matrix, m2: number[], c2: Matrix): number {
  if (m1.length !== m2.length || c1.length !== m1.length || c2.length !== m2.length) {
    throw new Error(`frechetGaussians: dimension mismatch (${m1.length}, ${m2.length}, ${c1.length}, ${c2.length})`);
  }
  const s1 = sqrtPsd(c1);
  const inner = matMul(matMul(s1, c2), s1);
  const sym = inner.map((row, i) => row.map((v, j) => 0.5 * (v + inner[j][i])));
  const trSqrt = jacobiEigen(sym).values.reduce((s, l) => s + Math.sqrt(Math.max(0, l)), 0);
  let d = 0;
  for (let i = 0; i < m1.length; i++) d += (m1[i] - m2[i]) ** 2 + c1[i][i] + c2[i][i];
  return Math.max(0, d - 2 * trSqrt);
}

/** Squared Fréchet distance between Gaussian fits of two point sets (same dimension). */
export function frechetDistance(a: PointsLike, b: PointsLike, dim?: number): number {
  const fa = gaussianFit(a, dim);
  const fb = gaussianFit(b, dim);
  if (fa.mean.length !== fb.mean.length) {
    throw new Error(`frechetDistance: point sets have ${fa.mean.length} and ${fb.mean.length} columns`);
  }
  return frechetGaussians(fa.mean, fa.cov, fb.mean, fb.cov);
}

/** Result of modeCoverage. */
export interface ModeCoverage {
  /** Number of modes with at least minShare of all samples as high-quality samples. */
  covered: number;
  /** Total number of modes. */
  modes: number;
  /** Share of samples within `threshold`·std of their nearest centre. */
  highQualityShare: number;
  /** High-quality sample count per mode. */
  counts: number[];
}

/**
 * Mode coverage as in Metz et al. 2017 / VEEGAN / PacGAN: a sample is high quality when it
 * lies within `threshold` (default 3) standard deviations of its nearest mode centre; a mode
 * is covered when it receives at least `minShare` (default 1%) of all samples as high-quality
 * samples. `layout` is 'ring', 'grid' (the data.ts defaults) or explicit centres and std.
 */
export function modeCoverage(
  points: PointsLike,
  layout: 'ring' | 'grid' | ModeLayout,
  opts: { threshold?: number; minShare?: number } = {},
): ModeCoverage {
  const { threshold = 3, minShare = 0.01 } = opts;
  if (!(threshold > 0)) throw new Error(`modeCoverage: threshold must be > 0, got ${threshold}`);
  if (!(minShare >= 0 && minShare <= 1)) throw new Error(`modeCoverage: minShare must be in [0, 1], got ${minShare}`);
  const l = layout === 'ring' ? ringModes() : layout === 'grid' ? gridModes() : layout;
  if (typeof l !== 'object' || !Array.isArray(l.centres)) {
    throw new Error(`modeCoverage: layout must be 'ring', 'grid' or {centres, std}, got ${String(layout)}`);
  }
  const { data, n, dim } = toFlat(points, 'modeCoverage', 2);
  if (dim !== 2) throw new Error(`modeCoverage: points must have 2 columns, got ${dim}`);
  if (n === 0) throw new Error('modeCoverage: no points');
  const counts = new Array<number>(l.centres.length).fill(0);
  const r2 = (threshold * l.std) ** 2;
  let good = 0;
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    let arg = 0;
    l.centres.forEach(([cx, cy], k) => {
      const q = (data[2 * i] - cx) ** 2 + (data[2 * i + 1] - cy) ** 2;
      if (q < best) {
        best = q;
        arg = k;
      }
    });
    if (best <= r2) {
      good++;
      counts[arg]++;
    }
  }
  const need = Math.max(1, minShare * n);
  return {
    covered: counts.filter((c) => c >= need).length,
    modes: l.centres.length,
    highQualityShare: good / n,
    counts,
  };
}
