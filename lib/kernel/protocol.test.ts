import { describe, expect, it } from 'vitest';
import { fromKernelSchema, toKernelSchema } from './protocol';
import { newRunId } from './run-id';

const runId = newRunId();
const plotMsg = (spec: unknown) => ({ type: 'plot', runId, plotId: 0, spec });
const accepts = (spec: unknown) => fromKernelSchema.safeParse(plotMsg(spec)).success;
const dot = { mark: 'dot', values: [{ x: 0, y: 0, u: 'javascript:alert(1)' }], x: 'x', y: 'y', r: 30 };

describe('kernel protocol', () => {
  it('accepts a run request and fills nothing in silently', () => {
    const msg = { type: 'run', runId, cellId: 'a', code: 'print(1)', backend: 'auto', seed: 7 };
    expect(toKernelSchema.parse(msg)).toEqual(msg);
  });

  it('rejects a run without a run id, with a guessable one or with an unknown backend', () => {
    expect(toKernelSchema.safeParse({ type: 'run', cellId: 'a', code: '', backend: 'auto' }).success).toBe(false);
    expect(toKernelSchema.safeParse({ type: 'run', runId: 1, cellId: 'a', code: '', backend: 'auto' }).success).toBe(false);
    expect(toKernelSchema.safeParse({ type: 'run', runId, cellId: 'a', code: '', backend: 'tpu' }).success).toBe(false);
  });

  it('makes run ids of 128 random bits', () => {
    const ids = new Set(Array.from({ length: 1000 }, newRunId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('requires every kernel message but ready to carry a run id', () => {
    const output = { type: 'output', items: [{ kind: 'text', text: 'hi' }], hidden: 0 };
    expect(fromKernelSchema.safeParse(output).success).toBe(false);
    expect(fromKernelSchema.safeParse({ ...output, runId }).success).toBe(true);
    expect(fromKernelSchema.safeParse({ type: 'ready' }).success).toBe(true);
  });

  it('accepts the documented plot options, as the chapters use them', () => {
    const spec = {
      title: 'Loss',
      height: 240,
      x: { label: 'step', type: 'log', ticks: [1, 10] },
      y: { domain: [0, 2], grid: true },
      fx: { label: null, domain: ['a', 'b'] },
      color: { scheme: 'PuOr', reverse: true, legend: true, type: 'linear', range: ['#fff', 'rgb(0, 0, 0)'] },
      marks: [
        { mark: 'line', data: 'loss', x: 'step', y: 'value', stroke: 'series', z: 'series', strokeDasharray: '3 3', marker: 'circle' },
        { mark: 'dot', data: 'fake', x: 'x', y: 'y', fill: 'darkorange', r: 1.5, fillOpacity: 0.6, symbol: 'cross', tip: true },
        { mark: 'raster', data: 'critic', x: 'x', y: 'y', fill: 'f', interpolate: 'nearest' },
        { mark: 'arrow', data: 'g', x1: 'x', y1: 'y', x2: 'x2', y2: 'y2', headLength: 4, clip: true },
        { mark: 'ruleY', values: [Math.log(2)] },
      ],
    };
    expect(fromKernelSchema.parse(plotMsg(spec))).toEqual(plotMsg(spec));
  });

  it('refuses every plot option whose value becomes a link, CSS, markup or code in the page', () => {
    expect(accepts({ marks: [dot] })).toBe(true);
    for (const option of [
      { href: 'u' },
      { href: 'javascript:alert(1)' },
      { target: '_blank' },
      { style: 'background: url(https://evil.example/)' },
      { ariaDescription: 'x' },
      { className: 'forged' },
      { mixBlendMode: 'difference' },
      { imageFilter: 'url(#f)' },
      { render: 'alert(1)' },
      { fill: 'url(https://evil.example/x.svg#p)' },
      { stroke: 'var(--secret)' },
      { fill: 'u\\72l(x)' },
      { title: { toString: 'x' } },
    ]) {
      expect(accepts({ marks: [{ ...dot, ...option }] }), JSON.stringify(option)).toBe(false);
    }
    expect(accepts({ marks: [{ ...dot, mark: 'image', src: 'u' }] })).toBe(false);
    expect(accepts({ marks: [{ ...dot, mark: 'dot; alert(1)' }] })).toBe(false);
    expect(accepts({ marks: [dot], style: 'color: red' })).toBe(false);
    expect(accepts({ marks: [dot], title: 'Fine <b>as text</b>', caption: 'x' })).toBe(false);
    expect(accepts({ marks: [dot], color: { type: 'identity' } })).toBe(false);
    expect(accepts({ marks: [dot], color: { range: ['url(#x)'] } })).toBe(false);
    expect(accepts({ marks: [] })).toBe(false);
  });

  it('refuses plotted rows with a CSS url(), which Plot would write as a colour', () => {
    const data = (rows: unknown[]) => ({
      type: 'plot-data',
      runId,
      plotId: 0,
      series: 's',
      rows,
      replace: false,
      every: 1,
      total: rows.length,
    });
    expect(fromKernelSchema.safeParse(data([{ x: 1, c: 'red', label: 'KL(P‖Q)' }])).success).toBe(true);
    expect(fromKernelSchema.safeParse(data([{ x: 1, c: 'url(https://evil.example/)' }])).success).toBe(false);
    expect(fromKernelSchema.safeParse(data([{ x: 1, c: { nested: true } }])).success).toBe(false);
  });

  it('places errors with positive 1-based positions only', () => {
    const ok = { type: 'error', runId, kind: 'runtime', message: 'x', line: 2, column: 1 };
    expect(fromKernelSchema.safeParse(ok).success).toBe(true);
    expect(fromKernelSchema.safeParse({ ...ok, column: 0 }).success).toBe(false);
    expect(fromKernelSchema.safeParse({ ...ok, kind: 'oops' }).success).toBe(false);
  });
});
