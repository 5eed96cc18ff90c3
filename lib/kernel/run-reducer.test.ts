import { describe, expect, it } from 'vitest';
import { describeRate, reduceRun } from './run-reducer';
import { queuedRun, type RunState } from './run-state';

describe('reduceRun', () => {
  it('ignores messages of an older run', () => {
    const state = queuedRun(5);
    expect(reduceRun(state, { type: 'output', runId: 4, item: { kind: 'text', text: 'old' } }, 0)).toBe(state);
  });

  it('measures steps per second from the first progress report', () => {
    let s: RunState = queuedRun(1);
    s = reduceRun(s, { type: 'progress', runId: 1, step: 10, total: 110 }, 1000);
    s = reduceRun(s, { type: 'progress', runId: 1, step: 60, total: 110 }, 1500);
    // 50 steps in 0.5 s = 100 steps/s; 50 steps left take 0.5 s.
    expect(s.progress?.rate).toBe(100);
    expect(describeRate(s.progress!)).toBe('100 steps/s · ETA 1 s');
  });

  it('streams plot rows into the chart model without a new state', () => {
    let s: RunState = queuedRun(2);
    s = reduceRun(s, { type: 'plot', runId: 2, plotId: 0, spec: { marks: [{ mark: 'line', data: 'loss' }] } }, 0);
    const after = reduceRun(s, { type: 'plot-data', runId: 2, plotId: 0, series: 'loss', rows: [{ step: 1 }], replace: false }, 0);
    expect(after).toBe(s);
    const plot = s.outputs[0];
    expect(plot.kind === 'plot' && plot.model.series.get('loss')).toEqual([{ step: 1 }]);
  });

  it('keeps the first error of a run', () => {
    let s: RunState = queuedRun(3);
    s = reduceRun(s, { type: 'error', runId: 3, kind: 'stopped', message: 'Stopped at step 4.' }, 0);
    s = reduceRun(s, { type: 'error', runId: 3, kind: 'unhandled', message: 'later' }, 0);
    expect(s.error?.message).toBe('Stopped at step 4.');
  });
});
