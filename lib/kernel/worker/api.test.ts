import { beforeEach, describe, expect, it } from 'vitest';
import type { FromKernel } from '@/lib/kernel/protocol';
import { installApi, newContext, setRun, type RunContext } from './api';
import { Diverged, StopSignal } from './signals';

/** The cell API as cell code sees it (globals of the kernel). */
const api = globalThis as unknown as {
  print(...v: unknown[]): void;
  progress(step: number, total: number, metrics?: Record<string, number>): Promise<void>;
  plot(spec: unknown): { append(series: unknown, rows?: unknown): void; set(series: unknown, rows?: unknown): void };
  seed(n: number): void;
  check(name: string, fn: () => unknown): Promise<void>;
  closeTo(a: unknown, e: number, tol?: number, mistakes?: { value?: number; when?: (v: unknown) => unknown; say: string }[]): true;
  assert(c: unknown, m?: string): true;
  mistake(say: string, detail?: string): never;
  ml: { normalArray(n: number): Float32Array };
};

const RUN = '7'.padStart(32, '0');
let sent: FromKernel[];
let ctx: RunContext;

beforeEach(() => {
  installApi();
  sent = [];
  ctx = newContext(RUN);
  setRun(ctx, (m) => sent.push(m));
});

describe('progress', () => {
  it('stops a run that reports NaN with the step it happened at', async () => {
    await api.progress(1, 10, { loss: 0.7 });
    const error = await api.progress(2, 10, { loss: NaN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Diverged);
    expect((error as Diverged).message).toBe('diverged at step 2: loss is NaN');
  });

  it('throws the stop signal once Stop was requested, keeping the step', async () => {
    await api.progress(3, 10);
    ctx.stopRequested = true;
    await expect(api.progress(4, 10)).rejects.toEqual(new StopSignal(4));
  });

  it('reports to the page at most every 50 ms, and always the last step', async () => {
    for (let s = 1; s <= 100; s++) await api.progress(s, 100);
    const reports = sent.filter((m) => m.type === 'progress');
    expect(reports.length).toBeLessThan(10);
    expect(reports.at(-1)).toMatchObject({ runId: RUN, step: 100, total: 100 });
  });
});

describe('plot', () => {
  it('sends the spec, then rows of a named series', () => {
    const chart = api.plot({ marks: [{ mark: 'line', data: 'loss', x: 'step', y: 'value' }] });
    chart.append('loss', [{ step: 1, value: 0.5 }]);
    chart.append([{ step: 2, value: 0.4 }]);
    expect(sent.map((m) => m.type)).toEqual(['plot', 'plot-data', 'plot-data']);
    expect(sent[2]).toMatchObject({ series: 'loss', rows: [{ step: 2, value: 0.4 }], replace: false });
  });

  it('names the series a plot has when a cell appends to another', () => {
    const chart = api.plot({
      marks: [
        { mark: 'dot', data: 'real' },
        { mark: 'dot', data: 'fake' },
      ],
    });
    expect(() => chart.append('loss', [])).toThrow('unknown series "loss"; this plot\'s marks draw "real", "fake"');
  });

  it('treats an infinite value in a row as divergence', () => {
    const chart = api.plot({ marks: [{ mark: 'line', data: 'loss' }] });
    expect(() => chart.append('loss', [{ value: Infinity }])).toThrow(Diverged);
  });

  it('rejects a spec without marks with a message that says so', () => {
    expect(() => api.plot({ marks: [] })).toThrow('plot(spec): marks a plot needs at least one mark');
  });
});

describe('seed', () => {
  it('makes ml data and Math.random (which tfjs draws seeds from) repeat', () => {
    api.seed(11);
    const a = [Array.from(api.ml.normalArray(3)), Math.random()];
    api.seed(11);
    expect([Array.from(api.ml.normalArray(3)), Math.random()]).toEqual(a);
  });
});

describe('checks', () => {
  it('reports each check with expected vs actual', async () => {
    await api.check('close', () => api.closeTo(0.5, Math.log(2), 1e-3));
    await api.check('asserted', () => api.assert(false, 'p must sum to 1'));
    await api.check('fine', () => api.closeTo(1, 1));
    await api.check('threw', () => {
      throw new TypeError('x is not a function');
    });
    expect(sent).toEqual([
      { type: 'check', runId: RUN, name: 'close', passed: false, message: `expected ${Math.log(2)} ± 0.001, got 0.5` },
      { type: 'check', runId: RUN, name: 'asserted', passed: false, message: 'p must sum to 1' },
      { type: 'check', runId: RUN, name: 'fine', passed: true },
      { type: 'check', runId: RUN, name: 'threw', passed: false, message: 'TypeError: x is not a function' },
    ]);
  });

  it('names a typical mistake the learner’s value matches, with closeTo’s list or mistake()', async () => {
    const slips = [{ value: 2 * Math.log(2), say: 'you left out the ½ in front of each KL' }];
    await api.check('halved', () => api.closeTo(2 * Math.log(2), Math.log(2), 1e-9, slips));
    await api.check('shape', () => api.mistake('you returned one logit per class', 'got shape [2, 4]'));
    expect(sent).toEqual([
      {
        type: 'check',
        runId: RUN,
        name: 'halved',
        passed: false,
        message: `expected ${Math.log(2)} ± 1e-9, got ${2 * Math.log(2)}`,
        mistake: 'you left out the ½ in front of each KL',
      },
      { type: 'check', runId: RUN, name: 'shape', passed: false, message: 'got shape [2, 4]', mistake: 'you returned one logit per class' },
    ]);
  });
});
