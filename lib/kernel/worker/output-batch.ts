import { MAX_OUTPUT_LINES } from '../limits';
import type { FromKernel, OutputItem } from '../protocol';

/**
 * A loop that prints every step would send the page one message per line, and the page would
 * spend seconds on a million of them (Stop included, which waits behind them). The kernel
 * instead collects a run's output lines and sends them at most once per FLUSH_MS, keeping only
 * the last MAX_OUTPUT_LINES and counting the rest as hidden. Any other message first sends the
 * lines collected before it, so the page sees everything in the order it happened.
 */
export const FLUSH_MS = 16;

export function batchOutput(post: (msg: FromKernel) => void, now: () => number = () => performance.now()) {
  let runId: string | null = null;
  let items: OutputItem[] = [];
  let hidden = 0;
  let lastFlush = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Drops all but the last MAX_OUTPUT_LINES (done in bulk, so a print stays O(1)). */
  const trim = () => {
    const drop = items.length - MAX_OUTPUT_LINES;
    if (drop <= 0) return;
    items.splice(0, drop);
    hidden += drop;
  };

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    trim();
    if (runId === null || (items.length === 0 && hidden === 0)) return;
    post({ type: 'output', runId, items, hidden });
    items = [];
    hidden = 0;
    lastFlush = now();
  };

  return function send(msg: FromKernel): void {
    if (msg.type !== 'output') {
      flush();
      post(msg);
      return;
    }
    if (msg.runId !== runId) flush();
    runId = msg.runId;
    hidden += msg.hidden;
    items.push(...msg.items);
    if (items.length >= 2 * MAX_OUTPUT_LINES) trim();
    if (now() - lastFlush >= FLUSH_MS) flush();
    // The last lines of a burst go out once the kernel is idle again.
    else timer ??= setTimeout(flush, FLUSH_MS);
  };
}
