import * as tf from '@tensorflow/tfjs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as ml from '@/lib/ml';
import { plotSpecSchema, type FromKernel } from '@/lib/kernel/protocol';
import { MAX_POINTS_PER_SERIES } from '@/lib/kernel/limits';
import { installApi, newContext, setRun } from './api';

/** The population helpers as cell code sees them (globals of the kernel). */
const api = globalThis as unknown as {
  plotPopulation(p: unknown, o?: Record<string, unknown>): { update(outcomes?: ml.Outcome[]): Promise<void> };
  plotOutcomes(
    a: unknown,
    b?: unknown,
    c?: unknown,
  ): { x: number | string; seeds: number; collapsed: number; diverged: number; mean: number }[];
};

const RUN = '9'.padStart(32, '0');
let sent: FromKernel[];

const small = (extra: Partial<ml.GanConfig> = {}) =>
  ml.preset('nsgan', {
    data: 'ring',
    generator: { hidden: [4], activation: 'relu', output: 'linear', init: 'he' },
    discriminator: { hidden: [4], activation: 'relu', output: 'sigmoid', init: 'he' },
    batchSize: 8,
    atlasSize: 64,
    ...extra,
  });

const outcome = (o: Partial<ml.Outcome>): ml.Outcome => ({ modesCovered: 8, modes: 8, js: 0.1, diverged: false, collapsed: false, ...o });

beforeAll(async () => {
  await tf.setBackend('cpu');
});

beforeEach(() => {
  installApi();
  sent = [];
  setRun(newContext(RUN), (m) => sent.push(m));
});

const plots = () => sent.filter((m): m is Extract<FromKernel, { type: 'plot' }> => m.type === 'plot');
const data = (series: string) =>
  sent.filter((m): m is Extract<FromKernel, { type: 'plot-data' }> => m.type === 'plot-data' && m.series === series);

describe('plotPopulation', () => {
  it('draws one chart faceted by fx/fy, one panel per member, and its spec passes the allow-list', async () => {
    const pop = new ml.PopulationTrainer(small(), { seeds: [1, 2, 3, 4, 5] });
    const chart = api.plotPopulation(pop, { points: 10 });
    expect(plots()).toHaveLength(1);
    const spec = plots()[0].spec;
    expect(plotSpecSchema.safeParse(spec).success).toBe(true);
    expect(spec.marks.find((m) => m.data === 'samples')).toMatchObject({ mark: 'dot', fx: 'col', fy: 'row' });
    expect(data('panels')[0].rows).toHaveLength(5);
    expect(new Set(data('panels')[0].rows.map((r) => `${r.col},${r.row}`)).size).toBe(5);

    await chart.update();
    const rows = data('samples').at(-1)!.rows;
    expect(rows).toHaveLength(5 * 10);
    expect(rows.every((r) => r.state === 'training')).toBe(true);

    await chart.update([outcome({ collapsed: true, modesCovered: 2 }), outcome({}), outcome({ diverged: true }), outcome({}), outcome({})]);
    const states = data('samples')
      .at(-1)!
      .rows.filter((_, i) => i % 10 === 0)
      .map((r) => r.state);
    expect(states).toEqual(['collapsed', 'covers ≥ half the modes', 'diverged', 'covers ≥ half the modes', 'covers ≥ half the modes']);
    expect(data('panels').at(-1)!.rows[0].label).toBe('seed 1 · 2/8');
    pop.dispose();
  });

  it('keeps P × points within one series’ cap, so the chart is never thinned', async () => {
    const pop = new ml.PopulationTrainer(small(), { seeds: Array.from({ length: 64 }, (_, i) => i) });
    await api.plotPopulation(pop, { points: 500 }).update();
    const last = data('samples').at(-1)!;
    expect(last.rows).toHaveLength(64 * Math.floor(MAX_POINTS_PER_SERIES / 64));
    expect(last.every).toBe(1);
    pop.dispose();
  });

  it('says what it expects when given something else, or outcomes of the wrong length', async () => {
    expect(() => api.plotPopulation({})).toThrow('plotPopulation(population): expected an ml.PopulationTrainer');
    const pop = new ml.PopulationTrainer(small(), { seeds: [1, 2] });
    await expect(api.plotPopulation(pop).update([outcome({})])).rejects.toThrow('one per member (2)');
    pop.dispose();
  });
});

describe('plotOutcomes', () => {
  it('groups a sweep by its swept value and tallies collapses per value', () => {
    const pop = new ml.PopulationTrainer(small({ loss: 'wasserstein', clip: 0.1 }), {
      seeds: [1, 2],
      sweep: { param: 'clip', values: [0.01, 1] },
    });
    const summary = api.plotOutcomes(pop, [
      outcome({ collapsed: true, modesCovered: 0 }),
      outcome({ collapsed: true, modesCovered: 1 }),
      outcome({}),
      outcome({ modesCovered: 6 }),
    ]);
    expect(summary).toEqual([
      { x: 0.01, seeds: 2, collapsed: 2, diverged: 0, mean: 0.5 },
      { x: 1, seeds: 2, collapsed: 0, diverged: 0, mean: 7 },
    ]);
    expect(plotSpecSchema.safeParse(plots()[0].spec).success).toBe(true);
    expect(data('counts')[0].rows.map((r) => r.text)).toEqual(['2/2 collapsed', '0/2 collapsed']);
    pop.dispose();
  });

  it('takes named groups, and plots a boolean measure as a rate', () => {
    const summary = api.plotOutcomes(
      { saturating: [outcome({ collapsed: true }), outcome({})], 'non-saturating': [outcome({}), outcome({})] },
      { measure: 'collapsed' },
    );
    expect(summary.map((s) => [s.x, s.mean])).toEqual([
      ['saturating', 0.5],
      ['non-saturating', 0],
    ]);
    // Seeds with the same value share one dot whose area counts them.
    expect(data('seeds')[0].rows.filter((r) => r.x === 'non-saturating')).toEqual([
      { x: 'non-saturating', y: 0, seeds: 2, tip: '2 seeds' },
    ]);
  });

  it('refuses an unknown measure and arguments it cannot read', () => {
    expect(() => api.plotOutcomes({ a: [outcome({})] }, { measure: 'fid' })).toThrow('measure must be one of');
    expect(() => api.plotOutcomes([1, 2])).toThrow('call it as plotOutcomes(population, outcomes)');
  });
});
