import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromKernel } from '../protocol';
import { MAX_OUTPUT_LINES } from '../limits';
import { FLUSH_MS, batchOutput } from './output-batch';

const run = (n: number) => n.toString(16).padStart(32, '0');
const line = (runId: string, text: string): FromKernel => ({ type: 'output', runId, items: [{ kind: 'text', text }], hidden: 0 });

let sent: FromKernel[];
let now: number;
let send: (msg: FromKernel) => void;

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  now = 0;
  send = batchOutput(
    (m) => sent.push(m),
    () => now,
  );
});
afterEach(() => vi.useRealTimers());

describe('batching printed lines', () => {
  it('sends a million prints in a tight loop as a few messages holding the last lines', () => {
    for (let i = 0; i < 1_000_000; i++) {
      send(line(run(1), String(i)));
      if (i % 10_000 === 0) now += 1;
    }
    send({ type: 'done', runId: run(1), ok: true, elapsedMs: 1, backend: 'cpu', leakedTensors: 0 });
    expect(sent.length).toBeLessThan(1_000_000 / 10_000 / (FLUSH_MS - 1) + 3);
    const outputs = sent.filter((m) => m.type === 'output');
    const shown = outputs.reduce((n, m) => n + m.items.length, 0);
    const hidden = outputs.reduce((n, m) => n + m.hidden, 0);
    expect(shown + hidden).toBe(1_000_000);
    for (const m of outputs) expect(m.items.length).toBeLessThanOrEqual(MAX_OUTPUT_LINES);
    const last = outputs[outputs.length - 1];
    expect(last.items[last.items.length - 1]).toEqual({ kind: 'text', text: '999999' });
    expect(sent[sent.length - 1].type).toBe('done');
  });

  it('keeps the order of lines and other messages, and sends a burst’s tail once idle', () => {
    send(line(run(1), 'a'));
    send(line(run(1), 'b'));
    expect(sent).toHaveLength(1);
    send({ type: 'progress', runId: run(1), step: 1, total: 2 });
    expect(sent.map((m) => m.type)).toEqual(['output', 'output', 'progress']);
    send(line(run(1), 'c'));
    expect(sent).toHaveLength(3);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(sent[3]).toEqual({ type: 'output', runId: run(1), items: [{ kind: 'text', text: 'c' }], hidden: 0 });
  });

  it('never puts one run’s lines in another run’s message', () => {
    send(line(run(1), 'a'));
    send(line(run(1), 'b'));
    send(line(run(2), 'c'));
    vi.advanceTimersByTime(FLUSH_MS);
    expect(sent.map((m) => m.type === 'output' && [m.runId, m.items.length])).toEqual([
      [run(1), 1],
      [run(1), 1],
      [run(2), 1],
    ]);
  });

  it('sends chart rows streamed one by one as one message per series, a set replacing what was held', () => {
    const data = (series: string, x: number, replace = false): FromKernel => ({
      type: 'plot-data',
      runId: run(1),
      plotId: 0,
      series,
      rows: [{ x }],
      replace,
      every: 1,
      total: x + 1,
    });
    send(data('a', 0));
    for (let x = 1; x < 20_000; x++) send(data('a', x));
    send(data('b', 5, true));
    send(data('b', 6, true));
    send(data('b', 7));
    vi.advanceTimersByTime(FLUSH_MS);
    expect(sent).toHaveLength(3);
    expect(sent[1]).toMatchObject({ series: 'a', total: 20_000, replace: false });
    expect((sent[1] as Extract<FromKernel, { type: 'plot-data' }>).rows).toHaveLength(19_999);
    expect(sent[2]).toMatchObject({ series: 'b', rows: [{ x: 6 }, { x: 7 }], replace: true });
  });
});
