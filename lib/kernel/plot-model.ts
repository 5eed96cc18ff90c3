import type { PlotSpec, Row } from './protocol';

/**
 * The data behind one live chart: its spec and the rows of each named series. Rows stream
 * in from the kernel; the chart redraws at most once per animation frame however many
 * batches arrive in between.
 */
export class PlotModel {
  readonly series = new Map<string, Row[]>();
  private listeners = new Set<() => void>();
  /** Bumped on every change, so a view can tell whether it is up to date. */
  version = 0;

  constructor(
    readonly plotId: number,
    readonly spec: PlotSpec,
  ) {}

  add(series: string, rows: Row[], replace: boolean): void {
    if (replace) this.series.set(series, rows);
    else {
      const current = this.series.get(series);
      if (current) for (const row of rows) current.push(row);
      else this.series.set(series, rows.slice());
    }
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
    pending.delete(model);
    model.notify();
    if (performance.now() - start >= FRAME_DRAW_BUDGET_MS) break;
  }
  if (pending.size > 0) frame = requestAnimationFrame(drawPending);
}
