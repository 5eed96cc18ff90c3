import { describe, expect, it } from 'vitest';
import { fromKernelSchema, toKernelSchema } from './protocol';

describe('kernel protocol', () => {
  it('accepts a run request and fills nothing in silently', () => {
    const msg = { type: 'run', runId: 3, cellId: 'a', code: 'print(1)', backend: 'auto', seed: 7 };
    expect(toKernelSchema.parse(msg)).toEqual(msg);
  });

  it('rejects a run without a run id or with an unknown backend', () => {
    expect(toKernelSchema.safeParse({ type: 'run', cellId: 'a', code: '', backend: 'auto' }).success).toBe(false);
    expect(toKernelSchema.safeParse({ type: 'run', runId: 1, cellId: 'a', code: '', backend: 'tpu' }).success).toBe(false);
  });

  it('requires every kernel message to carry a run id', () => {
    expect(fromKernelSchema.safeParse({ type: 'output', item: { kind: 'text', text: 'hi' } }).success).toBe(false);
    expect(fromKernelSchema.safeParse({ type: 'output', runId: 2, item: { kind: 'text', text: 'hi' } }).success).toBe(true);
  });

  it('keeps a plot spec’s mark options it does not know, and rejects a mark that is not a function name', () => {
    const spec = { marks: [{ mark: 'dot', data: 'real', x: 'x', y: 'y', r: 1.5 }], x: { domain: [0, 1] } };
    const parsed = fromKernelSchema.parse({ type: 'plot', runId: 1, plotId: 0, spec });
    expect(parsed).toEqual({ type: 'plot', runId: 1, plotId: 0, spec });
    const bad = { type: 'plot', runId: 1, plotId: 0, spec: { marks: [{ mark: 'dot; alert(1)' }] } };
    expect(fromKernelSchema.safeParse(bad).success).toBe(false);
    expect(fromKernelSchema.safeParse({ type: 'plot', runId: 1, plotId: 0, spec: { marks: [] } }).success).toBe(false);
  });

  it('places errors with positive 1-based positions only', () => {
    const ok = { type: 'error', runId: 1, kind: 'runtime', message: 'x', line: 2, column: 1 };
    expect(fromKernelSchema.safeParse(ok).success).toBe(true);
    expect(fromKernelSchema.safeParse({ ...ok, column: 0 }).success).toBe(false);
    expect(fromKernelSchema.safeParse({ ...ok, kind: 'oops' }).success).toBe(false);
  });
});
