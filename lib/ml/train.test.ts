import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { dataArray } from './data';
import { gridJs } from './divergence';
import { createTrainer, preset, PRESET_NAMES } from './presets';
import { setSeed } from './random';
import { GanTrainer } from './train';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const snapshot = (vars: tf.Variable[]) => vars.map((v) => Array.from(v.dataSync()));

describe('GAN training steps (after tfjs-examples mnist-acgan/gan_test.js)', () => {
  test('output shapes', () => {
    const t = createTrainer('ganlab-default', { seed: 1 });
    const s = t.sample(7);
    expect(s.shape).toEqual([7, 2]);
    const d = t.discriminate(s);
    expect(d.shape).toEqual([7, 1]);
    const p = Array.from(d.dataSync());
    expect(Math.min(...p)).toBeGreaterThan(0);
    expect(Math.max(...p)).toBeLessThan(1);
    tf.dispose([s, d]);
    t.dispose();
  });

  for (const name of PRESET_NAMES) {
    test(`${name}: no tensor leak over 100 steps after warm-up; dispose frees everything`, () => {
      const start = tf.memory().numTensors;
      const t = createTrainer(name, { seed: 2, batchSize: 16, atlasSize: 160 });
      t.step();
      const before = tf.memory().numTensors;
      for (let i = 0; i < 100; i++) t.step();
      expect(tf.memory().numTensors).toBe(before);
      t.dispose();
      expect(tf.memory().numTensors).toBe(start);
    });
  }

  test('a discriminator step leaves G unchanged, a generator step leaves D unchanged', () => {
    for (const name of ['ganlab-default', 'sngan-hinge', 'wgan-gp'] as const) {
      const t = createTrainer(name, { seed: 3, batchSize: 32 });
      const g0 = snapshot(t.generator.variables);
      const d0 = snapshot(t.discriminator.variables);
      t.dStep();
      expect(snapshot(t.generator.variables)).toEqual(g0);
      const d1 = snapshot(t.discriminator.variables);
      expect(d1).not.toEqual(d0);
      t.gStep();
      expect(snapshot(t.discriminator.variables)).toEqual(d1);
      expect(snapshot(t.generator.variables)).not.toEqual(g0);
      t.dispose();
    }
  });

  test('wgan-clip keeps every critic weight within the clip', () => {
    const t = createTrainer('wgan-clip', { seed: 4, dOptimizer: { kind: 'rmsprop', lr: 0.05 } });
    for (let i = 0; i < 5; i++) t.step();
    const c = preset('wgan-clip').clip as number;
    const maxAbs = Math.max(...snapshot(t.discriminator.variables).flat().map(Math.abs));
    expect(maxAbs).toBeLessThanOrEqual(Math.fround(c));
    expect(maxAbs).toBeCloseTo(c, 6);
    t.dispose();
  });

  test('sngan-hinge keeps each critic layer at σ ≈ 1 during training', async () => {
    const t = createTrainer('sngan-hinge', { seed: 5 });
    await t.run(20);
    t.discriminator.updateSpectral(100);
    const { largestSingularValue } = await import('./linalg');
    for (const w of t.discriminator.weightMatrices()) expect(largestSingularValue(w)).toBeCloseTo(1, 2);
    t.dispose();
  });

  test('the same seed gives the same losses twice', async () => {
    const losses = async () => {
      const t = createTrainer('nsgan', { seed: 6, batchSize: 32 });
      const out: number[] = [];
      await t.train({ iterations: 20, reportEvery: 5, onReport: (r) => out.push(r.dLoss, r.gLoss) });
      t.dispose();
      return out;
    };
    const a = await losses();
    expect(a.length).toBe(8);
    expect(await losses()).toEqual(a);
  });

  test('reports carry step, losses and samples; shouldStop and signal cancel between steps', async () => {
    const t = createTrainer('ganlab-default', { seed: 7 });
    const reports: number[] = [];
    let samples = 0;
    const r = await t.train({
      iterations: 100,
      reportEvery: 10,
      samples: 50,
      onReport: (rep) => {
        reports.push(rep.iteration);
        samples = rep.samples?.length ?? 0;
        expect(Number.isFinite(rep.dLoss) && Number.isFinite(rep.gLoss)).toBe(true);
      },
      shouldStop: () => t.iteration >= 30,
    });
    expect(r).toEqual({ iterations: 30, stopped: true });
    expect(reports).toEqual([10, 20, 30]);
    expect(samples).toBe(100);
    const ctl = new AbortController();
    ctl.abort();
    expect((await t.train({ iterations: 5, signal: ctl.signal })).iterations).toBe(0);
    t.dispose();
  });

  test('ganlab-default on two Gaussians halves the grid JS divergence', async () => {
    const t = createTrainer('ganlab-default', { seed: 8 });
    setSeed(100);
    const data = dataArray('two-gaussians', 3000);
    const js = () => {
      const s = t.sample(3000);
      const v = gridJs(s, data, { bins: 30 });
      s.dispose();
      return v;
    };
    const before = js();
    await t.run(1000);
    const after = js();
    expect(before).toBeGreaterThan(0.3);
    expect(after).toBeLessThan(before / 2);
    t.dispose();
  }, 60000);
});

describe('bad arguments', () => {
  test('readable errors', () => {
    expect(() => preset('dcgan')).toThrow(
      'preset: unknown preset "dcgan"; valid names: gan, nsgan, wgan-clip, wgan-gp, sngan-hinge, ganlab-default',
    );
    expect(() => createTrainer('gan', { dSteps: 0 })).toThrow('GanTrainer: dSteps (k) must be an integer >= 1, got 0');
    expect(() => createTrainer('gan', { batchSize: 2.5 })).toThrow(/batchSize must be an integer >= 1, got 2.5/);
    expect(() => createTrainer('gan', { loss: 'kl' as never })).toThrow(/unknown loss "kl"/);
    expect(() => createTrainer('gan', { data: 'swiss' as never })).toThrow(/unknown data set "swiss"/);
    expect(() => createTrainer('gan', { clip: -1 })).toThrow('GanTrainer: clip must be > 0, got -1');
    expect(() => new GanTrainer({ ...preset('gan'), dOptimizer: { kind: 'sgd', lr: 0 } })).toThrow('optimizer: lr must be > 0, got 0');
  });
  test('async misuse rejects with the value', async () => {
    const t = createTrainer('gan', { seed: 9 });
    await expect(t.train({ iterations: 0 })).rejects.toThrow('train: iterations must be an integer >= 1, got 0');
    await expect(t.run(-3)).rejects.toThrow('run: iterations must be an integer >= 1, got -3');
    t.dispose();
  });
});
