import * as tf from '@tensorflow/tfjs';
import * as ml from '@/lib/ml';
import { displayItem, formatValue, printItem } from '../format';
import { gridColumns, gridShape, toGreyBytes } from '../image-grid';
import { plotSpecSchema, type FromKernel, type OutputItem, type Row } from '../protocol';
import { describePlotIssue, rowValueProblem } from './plot-issue';
import { SeriesThinning } from './thinning';
import { Diverged, StopSignal } from './signals';
import { assert, closeTo, mistake, runCheck } from '../checks';
import { YIELD_MS, yieldNow } from './yielding';
import { MIN_DRAWN_POINTS } from '@/lib/drawing/limits';
import { makePlotOutcomes, makePlotPopulation } from './population-plots';

/**
 * The names cell code sees. They are globals of the kernel and write to whichever run is
 * current, as in Jupyter: a function defined in one cell and called from another prints
 * into the cell that called it.
 */

export interface RunContext {
  runId: string;
  stopRequested: boolean;
  /** The last step passed to progress(), for "diverged at step N". */
  step: number | null;
  lastYield: number;
  lastProgressPost: number;
  /** Promises of this run's check(name, fn) calls, awaited before the run reports done. */
  checks: Promise<void>[];
  /** The chapter's drawn data sets, sent with the run. */
  drawings: Record<string, [number, number][]>;
}

let post: (msg: FromKernel) => void = () => {};
let ctx: RunContext = newContext('');
let nextPlotId = 0;

export function newContext(runId: string, drawings: RunContext['drawings'] = {}): RunContext {
  return { runId, stopRequested: false, step: null, lastYield: performance.now(), lastProgressPost: 0, checks: [], drawings };
}

export function setRun(context: RunContext, send: (msg: FromKernel) => void): void {
  ctx = context;
  post = send;
}

export function currentRun(): RunContext {
  return ctx;
}

const PROGRESS_POST_MS = 50;

function checkFinite(what: string, value: unknown): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Diverged(ctx.step, what, value);
}

async function progress(step: number, total: number, metrics?: Record<string, number>): Promise<void> {
  if (!Number.isFinite(step) || !Number.isFinite(total)) {
    throw new TypeError(`progress(step, total) needs two finite numbers, got progress(${step}, ${total})`);
  }
  ctx.step = step;
  for (const [name, value] of Object.entries(metrics ?? {})) checkFinite(name, value);
  const now = performance.now();
  if (now - ctx.lastProgressPost >= PROGRESS_POST_MS || step >= total) {
    ctx.lastProgressPost = now;
    post({ type: 'progress', runId: ctx.runId, step, total, metrics });
  }
  if (now - ctx.lastYield >= YIELD_MS) {
    await yieldNow();
    ctx.lastYield = performance.now();
  }
  if (ctx.stopRequested) throw new StopSignal(ctx.step);
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  ctx.lastYield = performance.now();
  if (ctx.stopRequested) throw new StopSignal(ctx.step);
}

function toRows(what: string, rows: unknown): Row[] {
  const list = Array.isArray(rows) ? rows : [rows];
  return list.map((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new TypeError(`${what}: row ${i} must be an object like { x: 1, y: 2 }, got ${JSON.stringify(row)}`);
    }
    for (const [key, value] of Object.entries(row)) {
      checkFinite(`${key} in ${what}`, value);
      const problem = rowValueProblem(value);
      if (problem) throw new TypeError(`${what}: row ${i}: ${key} ${problem}`);
    }
    return row as Row;
  });
}

interface PlotHandle {
  append(series: string | Row[], rows?: Row | Row[]): void;
  set(series: string | Row[], rows?: Row | Row[]): void;
}

function plot(spec: unknown): PlotHandle {
  const parsed = plotSpecSchema.safeParse(spec);
  if (!parsed.success) throw new TypeError(`plot(spec): ${describePlotIssue(parsed.error.issues[0])}`);
  const plotId = nextPlotId++;
  const runId = ctx.runId;
  const names = [...new Set(parsed.data.marks.flatMap((m) => (m.data ? [m.data] : [])))];
  post({ type: 'plot', runId, plotId, spec: parsed.data });
  const thinning = new Map(names.map((n) => [n, new SeriesThinning()]));
  const send = (replace: boolean) => (series: string | Row[], rows?: Row | Row[]) => {
    // chart.append(rows) is allowed when the plot has a single named series.
    if (typeof series !== 'string') [series, rows] = [names.length === 1 ? names[0] : '', series];
    if (!names.includes(series)) {
      throw new TypeError(
        `chart.${replace ? 'set' : 'append'}: unknown series "${series}"; this plot's marks draw ${names.map((n) => `"${n}"`).join(', ') || 'no named series'}`,
      );
    }
    const thin = thinning.get(series)!;
    const kept = thin.take(toRows(`series "${series}"`, rows ?? []), replace);
    post({ type: 'plot-data', runId, plotId, series, rows: kept, replace, every: thin.every, total: thin.total });
  };
  return { append: send(false), set: send(true) };
}

interface ImagesOptions {
  /** Images per row (default: about square). */
  cols?: number;
  /** Screen pixels per image pixel (default 3). */
  scale?: number;
  /** The text alternative read by screen readers and shown under the grid. */
  label?: string;
  /** Values mapped to black and white (default [−1, 1], a tanh generator's range). */
  range?: [number, number];
}

interface ImagesHandle {
  /** Replaces the grid's images (and label) in place. */
  update(images: tf.Tensor, label?: string): void;
}

let nextGridId = 0;

function showImages(images: tf.Tensor, options: ImagesOptions = {}): ImagesHandle {
  const gridId = nextGridId++;
  const runId = ctx.runId;
  const { cols, scale = 3, range } = options;
  if (!(scale > 0 && scale <= 16)) throw new RangeError(`showImages: scale must be in (0, 16], got ${scale}`);
  let label = options.label;
  const send = (t: tf.Tensor) => {
    if (!(t instanceof tf.Tensor)) throw new TypeError(`showImages: expected a tensor of images, got ${formatValue(t, 0, true)}`);
    const { count, height, width } = gridShape(t.shape);
    const pixels = toGreyBytes(t.dataSync() as Float32Array, range);
    const layout = { count, height, width, cols: gridColumns(count, cols), scale };
    post({ type: 'images', runId, gridId, layout, pixels, label: label ?? `${count} image${count === 1 ? '' : 's'}, ${height}×${width}` });
  };
  send(images);
  return {
    update(next, nextLabel) {
      if (nextLabel !== undefined) label = nextLabel;
      send(next);
    },
  };
}

function seed(n: number): void {
  ml.setSeed(n);
  // tfjs random ops and initialisers draw their seed from Math.random when none is given.
  Math.random = ml.mulberry32(n ^ 0x5bd1e995);
}

function check(name: string, fn: () => unknown): Promise<void> {
  const runId = ctx.runId;
  const outcome = runCheck(fn).then((result) => post({ type: 'check', runId, name, ...result }));
  ctx.checks.push(outcome);
  return outcome;
}

/** The points the learner drew in the <DrawData id="…"> canvas of this chapter, flat [x0, y0, x1, y1, …]. */
function drawnPoints(id: string): Float32Array {
  if (typeof id !== 'string') throw new TypeError(`drawnPoints(id) needs the id of a drawing canvas on this page, got ${formatValue(id)}`);
  const points = ctx.drawings[id];
  const known = Object.keys(ctx.drawings);
  if (!points) {
    throw new Error(
      `drawnPoints("${id}"): nothing is drawn in a canvas "${id}" on this page` +
        (known.length ? ` (drawn: ${known.map((k) => `"${k}"`).join(', ')})` : '') +
        `. Draw at least ${MIN_DRAWN_POINTS} points there, then run again.`,
    );
  }
  if (points.length < MIN_DRAWN_POINTS) {
    throw new Error(`drawnPoints("${id}"): only ${points.length} points are drawn; draw at least ${MIN_DRAWN_POINTS}, then run again.`);
  }
  return Float32Array.from(points.flat());
}

const output = (item: OutputItem) => post({ type: 'output', runId: ctx.runId, items: [item], hidden: 0 });

/** Makes the cell API globals of the kernel; returns their names. */
export function installApi(): string[] {
  const api = {
    tf,
    ml,
    print: (...values: unknown[]) => output(printItem(values)),
    display: (value: unknown) => output(displayItem(value)),
    plot,
    plotPopulation: makePlotPopulation(plot),
    plotOutcomes: makePlotOutcomes(plot),
    showImages,
    progress,
    sleep,
    seed,
    drawnPoints,
    check,
    closeTo,
    assert,
    mistake,
  };
  Object.assign(globalThis, api);
  return Object.keys(api);
}
