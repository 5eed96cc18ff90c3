/**
 * How a trained GAN ended up, from its samples and last losses: the per-member outcome a
 * population reports (mode coverage, a divergence estimate, and "diverged" / "collapsed"
 * verdicts with the thresholds below), so a lesson can count collapses across seeds.
 */
import { dataArray, gridModes, ringModes, type DataName } from './data';
import { gridJs } from './divergence';
import { modeCoverage } from './measures';
import { createRng } from './random';

/** The documented thresholds behind the verdicts. */
export const OUTCOME_THRESHOLDS = {
  /** A mode is covered when it holds at least this fraction of its fair share 1/K of the samples (within 3 std). */
  coveredShare: 0.25,
  /** Ring/grid: collapsed when fewer than this fraction of the modes are covered. */
  collapsedCoverage: 0.5,
  /** Other data: collapsed when the samples' spread is below this fraction of the data's spread. */
  collapsedSpread: 0.1,
  /** Diverged when at least half of the samples lie this many data half-widths from the data's centre. */
  divergedDistance: 10,
} as const;

export interface Outcome {
  /** Covered modes and their number (ring and grid data; null otherwise). */
  modesCovered: number | null;
  modes: number | null;
  /** JS divergence (nats, ≤ ln 2) between samples and data on a 30×30 grid over the data's extent plus an overflow bin. */
  js: number;
  /** Non-finite losses or samples, or samples flung far from the data (see OUTCOME_THRESHOLDS). */
  diverged: boolean;
  /** Lost most of the data's modes (or spread) without diverging (see OUTCOME_THRESHOLDS). */
  collapsed: boolean;
}

interface Reference {
  data: Float32Array;
  centre: [number, number];
  half: number;
  spread: number;
  range: [[number, number], [number, number]];
}

const references = new Map<DataName, Reference>();

/** A fixed 4,000-point sample of the data set (its own seed: does not touch the global stream). */
function reference(name: DataName): Reference {
  const cached = references.get(name);
  if (cached) return cached;
  const data = dataArray(name, 4000, createRng(20_17));
  const xs = data.filter((_, i) => i % 2 === 0);
  const ys = data.filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const half = Math.max(x1 - x0, y1 - y0) / 2;
  const pad = 0.1 * half;
  const ref: Reference = {
    data,
    centre: [(x0 + x1) / 2, (y0 + y1) / 2],
    half,
    spread: spread(data),
    range: [
      [x0 - pad, x1 + pad],
      [y0 - pad, y1 + pad],
    ],
  };
  references.set(name, ref);
  return ref;
}

/** Root mean squared distance from the mean, over both coordinates. */
function spread(p: Float32Array): number {
  const n = p.length / 2;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += p[2 * i] / n;
    my += p[2 * i + 1] / n;
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += ((p[2 * i] - mx) ** 2 + (p[2 * i + 1] - my) ** 2) / n;
  return Math.sqrt(s);
}

export interface OutcomeOptions {
  /**
   * How close to a mode's centre a sample must lie to count for that mode (default: 3 standard
   * deviations of the data's modes, 0.06 on the ring). Short runs rarely get that sharp; a
   * lesson may use a looser radius (say 0.3) and must then say so.
   */
  within?: number;
}

/** The outcome of one model from its samples (flat [n, 2]) and, optionally, its last losses. */
export function outcome(samples: Float32Array, data: DataName, losses: number[] = [], opts: OutcomeOptions = {}): Outcome {
  if (samples.length < 2 || samples.length % 2 !== 0) {
    throw new Error(`outcome: samples must be a flat [n, 2] array with n >= 1, got length ${samples.length}`);
  }
  const ref = reference(data);
  const n = samples.length / 2;
  const finite = samples.every(Number.isFinite) && losses.every(Number.isFinite);
  let far = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.max(Math.abs(samples[2 * i] - ref.centre[0]), Math.abs(samples[2 * i + 1] - ref.centre[1]));
    if (!(d < OUTCOME_THRESHOLDS.divergedDistance * ref.half)) far++;
  }
  const diverged = !finite || far >= n / 2;
  const { within } = opts;
  if (within !== undefined && !(within > 0 && Number.isFinite(within))) {
    throw new Error(`outcome: within must be a positive distance, got ${within}`);
  }
  const modeLayout = data === 'ring' ? ringModes() : data === 'grid' ? gridModes() : null;
  // modeCoverage counts samples within 3 std of a centre: a radius r is a std of r / 3.
  const layout = modeLayout && within !== undefined ? { ...modeLayout, std: within / 3 } : modeLayout;
  let modesCovered: number | null = null;
  if (layout && finite) {
    const minShare = OUTCOME_THRESHOLDS.coveredShare / layout.centres.length;
    modesCovered = modeCoverage(samples, layout, { minShare }).covered;
  }
  const modes = layout ? layout.centres.length : null;
  const collapsed =
    !diverged &&
    (modes !== null
      ? (modesCovered as number) < OUTCOME_THRESHOLDS.collapsedCoverage * modes
      : spread(samples) < OUTCOME_THRESHOLDS.collapsedSpread * ref.spread);
  const js = finite ? gridJs(samples, ref.data, { range: ref.range }) : NaN;
  return { modesCovered: layout && !finite ? 0 : modesCovered, modes, js, diverged, collapsed };
}
