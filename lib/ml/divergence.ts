/**
 * KL and Jensen–Shannon divergences between discrete distributions (histograms),
 * and histogram builders in 1-D and on a 2-D grid. All logs are natural (nats).
 *
 * Smoothing: KL is infinite when Q has an empty bin where P has mass, which is
 * common with sample histograms. `kl` therefore adds `eps` (default 1e-10) to
 * every bin of both P and Q and renormalises before computing Σ p log(p/q);
 * pass eps = 0 for the exact value. JS needs no smoothing: the mixture M is
 * positive wherever P or Q is, so `js` is exact (0·log 0 = 0).
 */
import { toFlat, type PointsLike } from './points';

function normalise(where: string, p: ArrayLike<number>, eps: number): Float64Array {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    if (!(p[i] >= 0)) throw new Error(`${where}: entries must be >= 0, got ${p[i]} at index ${i}`);
    s += p[i] + eps;
  }
  if (!(s > 0)) throw new Error(`${where}: distribution has zero total mass`);
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = (p[i] + eps) / s;
  return out;
}

function checkSameLength(where: string, p: ArrayLike<number>, q: ArrayLike<number>): void {
  if (p.length !== q.length || p.length === 0) {
    throw new Error(`${where}: P and Q must have the same non-zero length, got ${p.length} and ${q.length}`);
  }
}

/** KL(P‖Q) = Σ p log(p/q) between two (unnormalised) histograms; smoothing eps, see above. */
export function kl(p: ArrayLike<number>, q: ArrayLike<number>, opts: { eps?: number } = {}): number {
  const eps = opts.eps ?? 1e-10;
  if (!(eps >= 0)) throw new Error(`kl: eps must be >= 0, got ${eps}`);
  checkSameLength('kl', p, q);
  const pn = normalise('kl', p, eps);
  const qn = normalise('kl', q, eps);
  let d = 0;
  for (let i = 0; i < pn.length; i++) {
    if (pn[i] === 0) continue;
    if (qn[i] === 0) return Infinity;
    d += pn[i] * Math.log(pn[i] / qn[i]);
  }
  return Math.max(0, d);
}

/** JSD(P‖Q) = ½KL(P‖M) + ½KL(Q‖M), M = (P+Q)/2; symmetric, in [0, log 2]. */
export function js(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('js', p, q);
  const pn = normalise('js', p, 0);
  const qn = normalise('js', q, 0);
  let d = 0;
  for (let i = 0; i < pn.length; i++) {
    const m = 0.5 * (pn[i] + qn[i]);
    if (pn[i] > 0) d += 0.5 * pn[i] * Math.log(pn[i] / m);
    if (qn[i] > 0) d += 0.5 * qn[i] * Math.log(qn[i] / m);
  }
  return Math.min(Math.LN2, Math.max(0, d));
}

/** Counts of xs in `bins` equal bins over [lo, hi]; values outside are dropped. */
export function histogram1d(xs: ArrayLike<number>, opts: { bins: number; range: [number, number] }): number[] {
  const { bins, range } = opts;
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`histogram1d: bins must be an integer >= 1, got ${bins}`);
  if (!(range[1] > range[0])) throw new Error(`histogram1d: range must satisfy lo < hi, got [${range}]`);
  const counts = new Array<number>(bins).fill(0);
  const w = (range[1] - range[0]) / bins;
  for (let i = 0; i < xs.length; i++) {
    const b = Math.floor((xs[i] - range[0]) / w);
    if (b >= 0 && b < bins) counts[b]++;
    else if (xs[i] === range[1]) counts[bins - 1]++;
  }
  return counts;
}

/** Options for 2-D grid histograms: bins per axis and the [x, y] ranges (default GAN Lab's unit square). */
export interface GridOptions {
  bins?: number;
  range?: [[number, number], [number, number]];
  /** Append one extra bin counting the points outside the grid (default false). */
  overflow?: boolean;
}

/**
 * Counts of 2-D points on a bins×bins grid (row-major, x-bin major). Points outside are
 * dropped, or counted in one extra last bin when `overflow` is true.
 */
export function histogram2d(points: PointsLike, opts: GridOptions = {}): number[] {
  const {
    bins = 30,
    range = [
      [0, 1],
      [0, 1],
    ],
  } = opts;
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`histogram2d: bins must be an integer >= 1, got ${bins}`);
  const { data, n, dim } = toFlat(points, 'histogram2d', 2);
  if (dim !== 2) throw new Error(`histogram2d: points must have 2 columns, got ${dim}`);
  const [[x0, x1], [y0, y1]] = range;
  if (!(x1 > x0) || !(y1 > y0)) throw new Error(`histogram2d: ranges must satisfy lo < hi, got ${JSON.stringify(range)}`);
  const counts = new Array<number>(bins * bins + (opts.overflow ? 1 : 0)).fill(0);
  for (let i = 0; i < n; i++) {
    const bx = Math.floor(((data[2 * i] - x0) / (x1 - x0)) * bins);
    const by = Math.floor(((data[2 * i + 1] - y0) / (y1 - y0)) * bins);
    if (bx >= 0 && bx < bins && by >= 0 && by < bins) counts[bx * bins + by]++;
    else if (opts.overflow) counts[bins * bins]++;
  }
  return counts;
}

/**
 * JS divergence between two 2-D point sets binned on the same grid (GAN Lab's
 * evaluation uses a 30×30 grid over the unit square, the default here). Points
 * outside the grid share one overflow bin unless `overflow: false`, so a
 * generator that puts its mass off the grid is not mistaken for a good one.
 */
export function gridJs(a: PointsLike, b: PointsLike, opts: GridOptions = {}): number {
  const o = { overflow: true, ...opts };
  return js(histogram2d(a, o), histogram2d(b, o));
}

/** KL between two 2-D point sets on the same grid (with overflow bin), smoothed with eps (see module note). */
export function gridKl(a: PointsLike, b: PointsLike, opts: GridOptions & { eps?: number } = {}): number {
  const o = { overflow: true, ...opts };
  return kl(histogram2d(a, o), histogram2d(b, o), { eps: opts.eps ?? 1e-10 });
}
