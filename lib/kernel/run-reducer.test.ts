import { describe, expect, it } from 'vitest';
import { describeProgress, progressEnd, reduceRun } from './run-reducer';
import { queuedRun, type RunState } from './run-state';
import { MAX_OUTPUT_LINES } from './limits';

const id = (n: number) => n.toString(16).padStart(32, '0');
const text = (t: string) => ({ kind: 'text' as const, text: t });

describe('reduceRun', () => {
  it('ignores messages of an older run', () => {
    const state = queuedRun(id(5));
    expect(reduceRun(state, { type: 'output', runId: id(4), items: [text('old')], hidden: 0 }, 0)).toBe(state);
  });

  it('keeps each check result, with the typical mistake a failed one named', () => {
    let s: RunState = queuedRun(id(3));
    s = reduceRun(s, { type: 'check', runId: id(3), name: 'a', passed: true }, 0);
    s = reduceRun(
      s,
      { type: 'check', runId: id(3), name: 'b', passed: false, message: 'expected 1 ± 0, got 2', mistake: 'you doubled it' },
      0,
    );
    expect(s.checks).toEqual([
      { name: 'a', passed: true, message: undefined },
      { name: 'b', passed: false, message: 'expected 1 ± 0, got 2', mistake: 'you doubled it' },
    ]);
  });

  it('measures steps per second from the first progress report', () => {
    let s: RunState = queuedRun(id(1));
    s = reduceRun(s, { type: 'progress', runId: id(1), step: 10, total: 110 }, 1000);
    s = reduceRun(s, { type: 'progress', runId: id(1), step: 60, total: 110 }, 1500);
    // 50 steps in 0.5 s = 100 steps/s; 50 steps left take 0.5 s.
    expect(s.progress?.rate).toBe(100);
    expect(describeProgress(s.progress!, progressEnd(s))).toBe('60 / 110 (55%) · 100 steps/s · ETA 1 s');
  });

  it('shows no ETA once the run has been stopped, has failed or is done', () => {
    const progressed = (): RunState => {
      let s: RunState = queuedRun(id(7));
      s = reduceRun(s, { type: 'started', runId: id(7), backend: 'cpu' }, 0);
      s = reduceRun(s, { type: 'progress', runId: id(7), step: 20, total: 400 }, 1000);
      return reduceRun(s, { type: 'progress', runId: id(7), step: 120, total: 400 }, 2000);
    };
    const done = (ok: boolean) => ({ type: 'done' as const, runId: id(7), ok, elapsedMs: 2000, backend: 'cpu', leakedTensors: 0 });

    const running = progressed();
    expect(describeProgress(running.progress!, progressEnd(running))).toBe('120 / 400 (30%) · 100 steps/s · ETA 3 s');

    let stopped = reduceRun(progressed(), { type: 'error', runId: id(7), kind: 'stopped', message: 'Stopped at step 120.' }, 2100);
    stopped = reduceRun(stopped, done(false), 2100);
    expect(describeProgress(stopped.progress!, progressEnd(stopped))).toBe('stopped at 120 / 400 (30%)');

    let failed = reduceRun(progressed(), { type: 'error', runId: id(7), kind: 'runtime', message: 'TypeError: x' }, 2100);
    failed = reduceRun(failed, done(false), 2100);
    expect(describeProgress(failed.progress!, progressEnd(failed))).toBe('ended at 120 / 400 (30%)');

    const finished = reduceRun(progressed(), done(true), 2100);
    expect(describeProgress(finished.progress!, progressEnd(finished))).toBe('120 / 400 (30%) · 100 steps/s');
  });

  it('streams plot rows into the chart model without a new state', () => {
    let s: RunState = queuedRun(id(2));
    s = reduceRun(s, { type: 'plot', runId: id(2), plotId: 0, spec: { marks: [{ mark: 'line', data: 'loss' }] } }, 0);
    const after = reduceRun(
      s,
      { type: 'plot-data', runId: id(2), plotId: 0, series: 'loss', rows: [{ step: 1 }], replace: false, every: 1, total: 1 },
      0,
    );
    expect(after).toBe(s);
    const plot = s.outputs[0];
    expect(plot.kind === 'plot' && plot.model.series.get('loss')).toEqual([{ step: 1 }]);
  });

  it('keeps the last MAX_OUTPUT_LINES lines and counts the hidden ones, charts included', () => {
    let s: RunState = queuedRun(id(6));
    s = reduceRun(s, { type: 'output', runId: id(6), items: [text('first')], hidden: 0 }, 0);
    s = reduceRun(s, { type: 'plot', runId: id(6), plotId: 0, spec: { marks: [{ mark: 'line', data: 'loss' }] } }, 0);
    for (let batch = 0; batch < 3; batch++) {
      const items = Array.from({ length: MAX_OUTPUT_LINES }, (_, i) => text(`${batch}:${i}`));
      s = reduceRun(s, { type: 'output', runId: id(6), items, hidden: 1000 }, 0);
    }
    const lines = s.outputs.flatMap((o) => (o.kind === 'item' && o.item.kind === 'text' ? [o.item.text] : []));
    expect(lines).toHaveLength(MAX_OUTPUT_LINES);
    expect(lines[0]).toBe('2:0');
    expect(s.outputs.some((o) => o.kind === 'plot')).toBe(true);
    expect(s.hiddenLines).toBe(3000 + 1 + 2 * MAX_OUTPUT_LINES);
  });

  it('keeps the first error of a run', () => {
    let s: RunState = queuedRun(id(3));
    s = reduceRun(s, { type: 'error', runId: id(3), kind: 'stopped', message: 'Stopped at step 4.' }, 0);
    s = reduceRun(s, { type: 'error', runId: id(3), kind: 'unhandled', message: 'later' }, 0);
    expect(s.error?.message).toBe('Stopped at step 4.');
  });
});
