import { MAX_OUTPUT_LINES } from '../limits';
import type { FromKernel } from '../protocol';

/**
 * A loop that prints or appends to a chart every step would send the page one message per call,
 * and the page would spend seconds on a million of them (Stop included, which waits behind
 * them). The kernel instead holds a run's output lines and chart rows and sends them at most
 * once per FLUSH_MS: lines as one message keeping only the last MAX_OUTPUT_LINES (the rest
 * counted as hidden), rows as one message per series (a `set` replaces what was held for it).
 * Any other message first sends what is held, so the page sees a chart before its rows and
 * everything before `done`.
 */
export const FLUSH_MS = 16;

type Output = Extract<FromKernel, { type: 'output' }>;
type PlotData = Extract<FromKernel, { type: 'plot-data' }>;

export function batchOutput(post: (msg: FromKernel) => void, now: () => number = () => performance.now()) {
  let lines: Output | null = null;
  const rows = new Map<string, PlotData>();
  let lastFlush = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Drops all but the last MAX_OUTPUT_LINES (done in bulk, so a print stays O(1)). */
  const trim = (o: Output) => {
    const drop = o.items.length - MAX_OUTPUT_LINES;
    if (drop <= 0) return;
    o.items.splice(0, drop);
    o.hidden += drop;
  };

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!lines && rows.size === 0) return;
    if (lines) {
      trim(lines);
      post(lines);
    }
    for (const r of rows.values()) post(r);
    lines = null;
    rows.clear();
    lastFlush = now();
  };

  const hold = (msg: Output | PlotData) => {
    if (msg.type === 'output') {
      if (lines && lines.runId !== msg.runId) flush();
      if (!lines) lines = { ...msg, items: [...msg.items] };
      else {
        lines.items.push(...msg.items);
        lines.hidden += msg.hidden;
        if (lines.items.length >= 2 * MAX_OUTPUT_LINES) trim(lines);
      }
      return;
    }
    const key = `${msg.plotId}\u0000${msg.series}`;
    const held = rows.get(key);
    if (held && held.runId !== msg.runId) flush();
    const current = rows.get(key);
    if (!current || msg.replace) rows.set(key, { ...msg, rows: [...msg.rows] });
    else if (current.every === msg.every) {
      current.rows.push(...msg.rows);
      current.total = msg.total;
    } else {
      // The kernel thinned the series further: what is held was thinned at the old rate.
      flush();
      rows.set(key, { ...msg, rows: [...msg.rows] });
    }
  };

  return function send(msg: FromKernel): void {
    if (msg.type !== 'output' && msg.type !== 'plot-data') {
      flush();
      post(msg);
      return;
    }
    hold(msg);
    if (now() - lastFlush >= FLUSH_MS) flush();
    // What a burst left is sent once the kernel is idle again.
    else timer ??= setTimeout(flush, FLUSH_MS);
  };
}
