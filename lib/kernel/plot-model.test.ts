import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_DRAW_BUDGET_MS, PlotModel } from './plot-model';

const spec = { marks: [{ mark: 'dot', data: 's' }] };
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

function runFrame() {
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
    for (let i = 0; i < 5; i++) a.model.add('s', [{ x: i }], false);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(a.drawn).toEqual([5]);
    expect(a.model.series.get('s')).toHaveLength(5);
    expect(frames).toHaveLength(0);
  });

  it('draws cheap charts together, and spreads expensive ones over frames in the order they changed', () => {
    const cheap = [chart(1, 1), chart(2, 1)];
    for (const c of cheap) c.model.add('s', [], true);
    runFrame();
    expect(cheap.map((c) => c.drawn.length)).toEqual([1, 1]);

    const heavy = [chart(3, FRAME_DRAW_BUDGET_MS), chart(4, FRAME_DRAW_BUDGET_MS), chart(5, FRAME_DRAW_BUDGET_MS)];
    for (const c of heavy) c.model.add('s', [], true);
    runFrame();
    expect(heavy.map((c) => c.drawn.length)).toEqual([1, 0, 0]);
    heavy[0].model.add('s', [], true);
    runFrame();
    runFrame();
    expect(heavy.map((c) => c.drawn.length)).toEqual([1, 1, 1]);
    runFrame();
    expect(heavy.map((c) => c.drawn.length)).toEqual([2, 1, 1]);
    expect(frames).toHaveLength(0);
  });
});
