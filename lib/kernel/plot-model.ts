import type { PlotSpec, Row } from './protocol';

/**
 * The data behind one live chart: its spec and the rows of each named series. Rows stream
 * in from the kernel; the chart redraws at most once per animation frame however many
 * batches arrive in between.
 */
interface SeriesThinned {
  /** The series holds every `every`-th row given to it (worker/thinning.ts). */
  every: number;
  /** Rows given to it since it was last set. */
  total: number;
}

export class PlotModel {
  readonly series = new Map<string, Row[]>();
  /** How each series was thinned, for the note under the chart. */
  readonly thinned = new Map<string, SeriesThinned>();
  private listeners = new Set<() => void>();
  /** Bumped on every change, so a view can tell whether it is up to date. */
  version = 0;
  /** @internal The redraw scheduler waits until then (see DRAW_SHARE). */
  notBefore = 0;

  constructor(
    readonly plotId: number,
    readonly spec: PlotSpec,
  ) {}

  add(series: string, rows: Row[], { replace, every, total }: { replace: boolean } & SeriesThinned): void {
    let current = replace ? undefined : this.series.get(series);
    const before = this.thinned.get(series)?.every ?? 1;
    // The kernel now keeps every `every`-th row: keep the same of the rows held already.
    if (current && every > before) current = current.filter((_, i) => i % (every / before) === 0);
    if (current) for (const row of rows) current.push(row);
    this.series.set(series, current ?? rows.slice());
    this.thinned.set(series, { every, total });
    this.version++;
    scheduleRedraw(this);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @internal Called by the redraw scheduler. */
  notify(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * Main-thread time that chart redraws may take in one animation frame. Every chart on the
 * page that changed would otherwise redraw in the same frame, one long task; past this
 * budget the others wait for the next frame (in the order they changed), so a frame stays
 * short enough for input to be handled between redraws.
 */
export const FRAME_DRAW_BUDGET_MS = 8;

/**
 * A chart redraws from scratch (Plot has no incremental append), so one holding thousands of
 * points can take tens of milliseconds to draw. After a draw of d ms it waits (DRAW_SHARE − 1)·d
 * before the next, so redrawing one chart takes at most 1/DRAW_SHARE of the main thread however
 * big it grows, and input and Stop are handled in between.
 */
export const DRAW_SHARE = 4;

const pending = new Set<PlotModel>();
let frame: number | null = null;

function scheduleRedraw(model: PlotModel): void {
  if (typeof requestAnimationFrame === 'undefined') return;
  pending.add(model);
  frame ??= requestAnimationFrame(drawPending);
}

function drawPending(): void {
  frame = null;
  const start = performance.now();
  for (const model of pending) {
    if (model.notBefore > start) continue;
    pending.delete(model);
    const drawStart = performance.now();
    model.notify();
    const end = performance.now();
    model.notBefore = end + (DRAW_SHARE - 1) * (end - drawStart);
    if (end - start >= FRAME_DRAW_BUDGET_MS) break;
  }
  if (pending.size > 0) frame = requestAnimationFrame(drawPending);
}
