import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAW_SHARE, FRAME_DRAW_BUDGET_MS, PlotModel } from './plot-model';
import { SeriesThinning } from './worker/thinning';

const spec = { marks: [{ mark: 'dot' as const, data: 's' }] };
const append = { replace: false, every: 1, total: 0 };
const set = { replace: true, every: 1, total: 0 };
let frames: FrameRequestCallback[];
let now: number;

beforeEach(() => {
  frames = [];
  now = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The next animation frame, 16 ms after the last. */
function runFrame() {
  now += 16;
  const cb = frames.shift();
  cb?.(now);
}

/** A chart whose redraw takes `ms` of main-thread time; returns the versions it drew. */
function chart(id: number, ms: number) {
  const model = new PlotModel(id, spec);
  const drawn: number[] = [];
  model.subscribe(() => {
    drawn.push(model.version);
    now += ms;
  });
  return { model, drawn };
}

describe('chart redraw scheduling', () => {
  it('redraws once per frame however many batches arrive', () => {
    const a = chart(1, 1);
    for (let i = 0; i < 5; i++) a.model.add('s', [{ x: i }], append);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(a.drawn).toEqual([5]);
    expect(a.model.series.get('s')).toHaveLength(5);
    expect(frames).toHaveLength(0);
  });

  it('draws cheap charts together, and spreads expensive ones over frames in the order they changed', () => {
    const cheap = [chart(1, 1), chart(2, 1)];
    for (const c of cheap) c.model.add('s', [], set);
    runFrame();
    expect(cheap.map((c) => c.drawn.length)).toEqual([1, 1]);

    const heavy = [chart(3, FRAME_DRAW_BUDGET_MS), chart(4, FRAME_DRAW_BUDGET_MS), chart(5, FRAME_DRAW_BUDGET_MS)];
    for (const c of heavy) c.model.add('s', [], set);
    runFrame();
    expect(heavy.map((c) => c.drawn.length)).toEqual([1, 0, 0]);
    heavy[0].model.add('s', [], set);
    runFrame();
    runFrame();
    expect(heavy.map((c) => c.drawn.length)).toEqual([1, 1, 1]);
    runFrame();
    expect(heavy.map((c) => c.drawn.length)).toEqual([2, 1, 1]);
    expect(frames).toHaveLength(0);
  });
});

describe('a chart that is slow to draw', () => {
  it('waits DRAW_SHARE − 1 times its draw time before drawing again, so it never takes the whole main thread', () => {
    const slow = chart(1, 40);
    let frameCount = 0;
    for (let step = 0; step < 100; step++) {
      slow.model.add('s', [{ x: step }], append);
      runFrame();
      frameCount++;
    }
    // 100 frames of 16 ms, a draw of 40 ms at most every 160 ms (40 + 3 × 40).
    const busy = slow.drawn.length * 40;
    const elapsed = frameCount * 16 + busy;
    expect(busy / elapsed).toBeLessThanOrEqual(1 / DRAW_SHARE + 0.05);
    expect(slow.drawn.at(-1)).toBeGreaterThan(90);
  });
});

describe('a series past MAX_POINTS_PER_SERIES', () => {
  /** Streams `n` rows {i} in batches of `batch` through the kernel's thinning into a chart model. */
  function stream(n: number, batch: number, cap: number) {
    const thin = new SeriesThinning(cap);
    const model = new PlotModel(1, spec);
    for (let start = 0; start < n; start += batch) {
      const rows = Array.from({ length: Math.min(batch, n - start) }, (_, j) => ({ i: start + j }));
      const kept = thin.take(rows, false);
      model.add('s', kept, { replace: false, every: thin.every, total: thin.total });
    }
    return model;
  }

  it('keeps every 2nd, 4th, … row so the chart spans the whole stream within the cap', () => {
    const model = stream(1000, 7, 100);
    const rows = model.series.get('s')!;
    expect(rows.length).toBeLessThanOrEqual(100);
    expect(model.thinned.get('s')).toEqual({ every: 16, total: 1000 });
    expect(rows.map((r) => r.i)).toEqual(Array.from({ length: 63 }, (_, k) => k * 16));
  });

  it('thins one huge append the same way, and starts again on set', () => {
    const thin = new SeriesThinning(100);
    const kept = thin.take(
      Array.from({ length: 1_000_000 }, (_, i) => i),
      false,
    );
    expect(kept.length).toBeLessThanOrEqual(100);
    expect(kept[1] - kept[0]).toBe(thin.every);
    expect(thin.take([1, 2, 3], true)).toEqual([1, 2, 3]);
    expect(thin.every).toBe(1);
  });
});
