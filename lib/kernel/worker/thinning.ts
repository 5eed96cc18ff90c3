import { MAX_POINTS_PER_SERIES } from '../limits';

/**
 * Which rows of one plotted series the kernel sends. Up to MAX_POINTS_PER_SERIES it sends every
 * row; past that it keeps every 2nd, then every 4th, … row given since the series was last set,
 * so the chart still spans the whole run in at most MAX_POINTS_PER_SERIES points and a redraw
 * costs the same however long training goes on. The page thins the rows it already holds
 * the same way when `every` grows (plot-model.ts).
 */
export class SeriesThinning {
  /** Keep the rows whose index (since the last set) is a multiple of this. */
  every = 1;
  /** Rows given since the last set. */
  total = 0;
  /** Rows the page holds. */
  private kept = 0;

  constructor(private readonly cap = MAX_POINTS_PER_SERIES) {}

  /** The rows to send for `rows` appended (or set, when `replace`). */
  take<T>(rows: readonly T[], replace: boolean): T[] {
    if (replace) {
      this.every = 1;
      this.total = 0;
      this.kept = 0;
    }
    const first = this.total;
    const keptOf = (every: number) => Math.ceil((first + rows.length) / every) - Math.ceil(first / every);
    while (this.kept + keptOf(this.every) > this.cap) {
      this.every *= 2;
      this.kept = Math.ceil(this.kept / 2);
    }
    const out: T[] = [];
    for (let i = (this.every - (first % this.every)) % this.every; i < rows.length; i += this.every) out.push(rows[i]);
    this.kept += out.length;
    this.total += rows.length;
    return out;
  }
}
