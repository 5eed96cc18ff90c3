import type { PlotSpec, Row } from '@/lib/kernel/protocol';

/**
 * The data behind one live chart: its spec and the rows of each named series. Rows stream
 * in from the kernel; the chart redraws at most once per animation frame however many
 * batches arrive in between.
 */
export class PlotModel {
  readonly series = new Map<string, Row[]>();
  private listeners = new Set<() => void>();
  private frame: number | null = null;
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
    this.schedule();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private schedule(): void {
    if (this.frame !== null || typeof requestAnimationFrame === 'undefined') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      for (const l of this.listeners) l();
    });
  }
}
