import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { memberConfig, PopulationTrainer, type PopulationOptions } from './population';
import { preset } from './presets';
import { GanTrainer, type GanConfig } from './train';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// Narrower nets and a small atlas keep the test quick and make the data block regenerate
// (every 10 D steps) inside the compared window.
const small = (name: string, extra: Partial<GanConfig> = {}): GanConfig => {
  const base = preset(name);
  return preset(name, {
    generator: { ...base.generator, hidden: [16, 16] },
    discriminator: { ...base.discriminator, hidden: [16, 16] },
    batchSize: 32,
    atlasSize: 320,
    ...extra,
  });
};

/** Losses per iteration of every member, and of each member's config trained alone. */
async function compare(config: GanConfig, opts: PopulationOptions, iterations: number) {
  const pop = new PopulationTrainer(config, opts);
  const popD: number[][] = [];
  const popG: number[][] = [];
  for (let i = 0; i < iterations; i++) {
    pop.step();
    const { dLoss, gLoss } = await pop.losses();
    popD.push(Array.from(dLoss));
    popG.push(Array.from(gLoss));
  }
  const members = pop.members;
  pop.dispose();
  let worst = 0;
  for (const m of members) {
    const alone = new GanTrainer(memberConfig(config, m.seed, opts.sweep?.param, m.value));
    for (let i = 0; i < iterations; i++) {
      alone.step();
      const { dLoss, gLoss } = await alone.losses();
      const scale = 1 + Math.abs(dLoss) + Math.abs(gLoss);
      worst = Math.max(worst, Math.abs(popD[i][m.index] - dLoss) / scale, Math.abs(popG[i][m.index] - gLoss) / scale);
      expect(Number.isFinite(dLoss) && Number.isFinite(gLoss)).toBe(true);
    }
    alone.dispose();
  }
  return { worst, members };
}

describe('a population member trains exactly like the same model alone', () => {
  const families = {
    GAN: small('gan', { data: 'ring' }),
    NSGAN: small('nsgan', { data: 'ring' }),
    'WGAN-clip': small('wgan-clip', { dOptimizer: { kind: 'rmsprop', lr: 1e-3 } }),
    'WGAN-GP': small('wgan-gp', { dSteps: 2 }),
    'SN + hinge': small('sngan-hinge', { data: 'grid' }),
    'ganlab-default': preset('ganlab-default', { atlasSize: 1500 }),
  };
  for (const [family, config] of Object.entries(families)) {
    test(`${family}: same losses over the first 100 iterations, three seeds`, async () => {
      const { worst } = await compare(config, { seeds: [11, 12, 13] }, 100);
      expect(worst).toBeLessThan(1e-4);
    }, 120_000);
  }

  test('a swept setting: each member matches the single model with that value (clip c, Adam lr)', async () => {
    const clip = await compare(
      small('wgan-clip', { dOptimizer: { kind: 'rmsprop', lr: 1e-3 } }),
      { seeds: [1, 2], sweep: { param: 'clip', values: [0.01, 0.5] } },
      30,
    );
    expect(clip.members.map((m) => [m.seed, m.value])).toEqual([
      [1, 0.01],
      [2, 0.01],
      [1, 0.5],
      [2, 0.5],
    ]);
    expect(clip.worst).toBeLessThan(1e-4);
    const lr = await compare(small('nsgan'), { seeds: [3], sweep: { param: 'dLr', values: [1e-4, 1e-2] } }, 30);
    expect(lr.worst).toBeLessThan(1e-4);
    const gp = await compare(small('wgan-gp', { dSteps: 1 }), { seeds: [4], sweep: { param: 'gradientPenalty', values: [0.1, 10] } }, 30);
    expect(gp.worst).toBeLessThan(1e-4);
  }, 120_000);
});

describe('PopulationTrainer', () => {
  test('members differ: different seeds give different losses', async () => {
    const pop = new PopulationTrainer(small('nsgan'), { seeds: [1, 2] });
    pop.step();
    const { dLoss } = await pop.losses();
    expect(dLoss[0]).not.toBeCloseTo(dLoss[1], 4);
    pop.dispose();
  });

  test('no tensor leak over 20 steps after warm-up; dispose frees everything', () => {
    for (const name of ['wgan-gp', 'sngan-hinge', 'wgan-clip']) {
      const start = tf.memory().numTensors;
      const pop = new PopulationTrainer(small(name, { atlasSize: 64 }), { seeds: [1, 2] });
      pop.step();
      const before = tf.memory().numTensors;
      for (let i = 0; i < 20; i++) pop.step();
      expect(tf.memory().numTensors).toBe(before);
      pop.dispose();
      expect(tf.memory().numTensors).toBe(start);
    }
  });

  test('sample gives [P, n, 2] from one noise batch shared by all members', () => {
    const pop = new PopulationTrainer(small('nsgan'), { seeds: [5, 5, 6] });
    const s = pop.sample(10);
    expect(s.shape).toEqual([3, 10, 2]);
    const [a, b, c] = (s.arraySync() as number[][][]).map((m) => m.flat());
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    s.dispose();
    pop.dispose();
  });

  test('bad options throw with the value in the message', () => {
    expect(() => new PopulationTrainer(small('nsgan'), { seeds: [] })).toThrow(/at least one seed/);
    expect(() => new PopulationTrainer(small('nsgan'), { seeds: [1], sweep: { param: 'k' as never, values: [1] } })).toThrow(
      /cannot sweep "k"/,
    );
    expect(() => new PopulationTrainer(small('wgan-gp'), { seeds: [1], sweep: { param: 'gradientPenalty', values: [0, 1] } })).toThrow(
      /> 0, got \[0,1\]/,
    );
  });
});
