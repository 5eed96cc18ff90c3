import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { dataArray, ringModes } from './data';
import { outcome, OUTCOME_THRESHOLDS } from './outcomes';
import { PopulationTrainer } from './population';
import { preset } from './presets';
import { createRng } from './random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** n points around the first `k` ring modes, evenly shared. */
function ringOn(k: number, n = 800): Float32Array {
  const { centres } = ringModes();
  const r = createRng(3);
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const [cx, cy] = centres[i % k];
    out[2 * i] = cx + 0.02 * r.normal();
    out[2 * i + 1] = cy + 0.02 * r.normal();
  }
  return out;
}

describe('outcome', () => {
  test('samples of the data itself: every mode covered, low divergence, no verdict', () => {
    for (const [name, modes] of [
      ['ring', 8],
      ['grid', 25],
    ] as const) {
      const o = outcome(dataArray(name, 2000, createRng(9)), name, [0.5, 0.7]);
      expect(o).toMatchObject({ modesCovered: modes, modes, diverged: false, collapsed: false });
      expect(o.js).toBeLessThan(0.1);
    }
  });

  test('collapse: below half of the modes is collapsed, half or more is not', () => {
    const three = outcome(ringOn(3), 'ring');
    expect(three).toMatchObject({ modesCovered: 3, collapsed: true, diverged: false });
    const four = outcome(ringOn(4), 'ring');
    expect(four).toMatchObject({ modesCovered: 4, collapsed: false });
    expect(three.js).toBeGreaterThan(outcome(ringOn(8), 'ring').js);
  });

  test('a mode needs a quarter of its fair share to count as covered', () => {
    // 8 points of 800 on mode 7: 1% of samples, below 0.25/8 ≈ 3.1%.
    const p = ringOn(7, 792);
    const extra = ringOn(8, 800).subarray(2 * 7, 2 * 8);
    const all = new Float32Array(p.length + 16);
    all.set(p);
    for (let i = 0; i < 8; i++) all.set(extra, p.length + 2 * i);
    expect(OUTCOME_THRESHOLDS.coveredShare).toBe(0.25);
    expect(outcome(all, 'ring').modesCovered).toBe(7);
  });

  test('diverged: a non-finite loss or sample, or samples flung far away', () => {
    const good = dataArray('ring', 500, createRng(1));
    expect(outcome(good, 'ring', [NaN, 1]).diverged).toBe(true);
    const nan = good.slice();
    nan[5] = NaN;
    expect(outcome(nan, 'ring')).toMatchObject({ diverged: true, collapsed: false });
    expect(
      outcome(
        good.map((x) => x * 1000),
        'ring',
      ).diverged,
    ).toBe(true);
    expect(
      outcome(
        good.map((x) => x * 3),
        'ring',
      ).diverged,
    ).toBe(false);
  });

  test('data without modes: collapse is a spread below a tenth of the data', () => {
    const moons = dataArray('moons', 1000, createRng(2));
    expect(outcome(moons, 'moons')).toMatchObject({ modesCovered: null, collapsed: false });
    const point = new Float32Array(1000).fill(0.5);
    expect(outcome(point, 'moons').collapsed).toBe(true);
  });

  test('within: a looser radius counts blurred modes that the data’s own 3 std would miss', () => {
    // Every mode, but blurred to std 0.1 (the data's is 0.02): few samples lie within 0.06 of a centre.
    const { centres } = ringModes();
    const r = createRng(5);
    const blurred = new Float32Array(1600);
    for (let i = 0; i < 800; i++) {
      const [cx, cy] = centres[i % 8];
      blurred[2 * i] = cx + 0.1 * r.normal();
      blurred[2 * i + 1] = cy + 0.1 * r.normal();
    }
    expect(outcome(blurred, 'ring').modesCovered).toBeLessThan(8);
    expect(outcome(blurred, 'ring', [], { within: 0.3 })).toMatchObject({ modesCovered: 8, collapsed: false });
    expect(() => outcome(blurred, 'ring', [], { within: 0 })).toThrow('within must be a positive distance');
  });

  test('bad input throws with the length', () => {
    expect(() => outcome(new Float32Array(3), 'ring')).toThrow(/length 3/);
  });

  test('a population reports one outcome per member', async () => {
    const pop = new PopulationTrainer(
      preset('nsgan', { data: 'ring', batchSize: 32, generator: { hidden: [8] }, discriminator: { hidden: [8], output: 'sigmoid' } }),
      { seeds: [1, 2, 3] },
    );
    pop.step();
    const o = await pop.outcomes(200);
    expect(o).toHaveLength(3);
    for (const m of o) expect(m.modes).toBe(8);
    pop.dispose();
  });
});
