import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { canBackprop } from './gan-backprop';
import { preset } from './presets';
import { GanTrainer, type GanConfig } from './train';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

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

/** Losses per iteration. One trainer at a time: both draw their data from the global seeded stream. */
async function lossTrace(config: GanConfig, iterations: number): Promise<[number, number][]> {
  const t = new GanTrainer({ ...config, seed: 21 });
  const out: [number, number][] = [];
  for (let i = 0; i < iterations; i++) {
    t.step();
    const { dLoss, gLoss } = await t.losses();
    out.push([dLoss, gLoss]);
  }
  t.dispose();
  return out;
}

/** Largest relative gap between the losses of the two paths, iteration by iteration. */
async function gap(config: GanConfig, iterations = 100): Promise<number> {
  const fast = await lossTrace(config, iterations);
  const tape = await lossTrace({ ...config, tape: true }, iterations);
  let worst = 0;
  tape.forEach(([d, g], i) => {
    expect(Number.isFinite(d) && Number.isFinite(g)).toBe(true);
    const scale = 1 + Math.abs(d) + Math.abs(g);
    worst = Math.max(worst, Math.abs(fast[i][0] - d) / scale, Math.abs(fast[i][1] - g) / scale);
  });
  return worst;
}

describe('hand-derived gradients train exactly like tfjs’s tape', () => {
  const cases: Record<string, GanConfig> = {
    'ganlab-default (SGD folded into the gradient, tanh G output, realWeight 0.95)': preset('ganlab-default', { atlasSize: 1500 }),
    'minimax on the ring, Adam, leaky-ReLU D': small('gan', { data: 'ring' }),
    'nsgan with one-sided label smoothing 0.9': small('nsgan', { realLabel: 0.9 }),
    lsgan: small('nsgan', { loss: 'lsgan' }),
    'WGAN with clipping, RMSProp': small('wgan-clip', { dOptimizer: { kind: 'rmsprop', lr: 1e-3 } }),
    'hinge without spectral norm, sigmoid G hidden layers': small('nsgan', {
      loss: 'hinge',
      generator: { hidden: [16], activation: 'sigmoid' },
      discriminator: { hidden: [16, 16], activation: 'tanh', output: 'sigmoid' },
    }),
  };
  for (const [name, config] of Object.entries(cases)) {
    test(`${name}: same losses over 100 iterations`, async () => {
      expect(canBackprop(config)).toBe(true);
      expect(await gap(config)).toBeLessThan(1e-4);
    }, 60_000);
  }

  test('spectral norm, the gradient penalty and elu/softplus stay on the tape', () => {
    expect(canBackprop(preset('sngan-hinge'))).toBe(false);
    expect(canBackprop(preset('wgan-gp'))).toBe(false);
    expect(canBackprop(preset('nsgan', { generator: { hidden: [8], activation: 'elu' } }))).toBe(false);
    expect(canBackprop(preset('ganlab-default', { tape: true }))).toBe(false);
  });

  test('one ganlab-default iteration launches at most 130 kernels (the tape: about 400)', async () => {
    const count = async (config: GanConfig) => {
      const t = new GanTrainer({ ...config, seed: 1 });
      t.step();
      const { kernels } = await tf.profile(() => t.step());
      t.dispose();
      return kernels.length;
    };
    const fast = await count(preset('ganlab-default'));
    expect(fast).toBeLessThanOrEqual(130);
    expect(await count(preset('ganlab-default', { tape: true }))).toBeGreaterThan(2 * fast);
  });
});
