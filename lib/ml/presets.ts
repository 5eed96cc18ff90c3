/**
 * Named training configurations for the chapters. Every preset trains on 2-D data
 * (default GAN Lab's two Gaussians) and can be overridden field by field.
 */
import { GanTrainer, type GanConfig } from './train';

const toyG = { hidden: [64, 64], activation: 'relu', output: 'linear', init: 'he' } as const;
const toyD = { hidden: [64, 64], activation: 'leakyRelu', leakySlope: 0.2, output: 'sigmoid', init: 'he' } as const;

export const PRESETS = {
  /** Goodfellow et al. 2014 with the saturating (minimax) generator loss; k = 1. */
  gan: {
    data: 'two-gaussians',
    noise: 'gaussian',
    noiseDim: 2,
    generator: toyG,
    discriminator: toyD,
    loss: 'minimax',
    dSteps: 1,
    gSteps: 1,
    batchSize: 128,
    dOptimizer: { kind: 'adam', lr: 1e-3, beta1: 0.5 },
    gOptimizer: { kind: 'adam', lr: 1e-3, beta1: 0.5 },
  },
  /** As `gan` with the non-saturating generator loss −log D(G(z)). */
  nsgan: {
    data: 'two-gaussians',
    noise: 'gaussian',
    noiseDim: 2,
    generator: toyG,
    discriminator: toyD,
    loss: 'nsgan',
    dSteps: 1,
    gSteps: 1,
    batchSize: 128,
    dOptimizer: { kind: 'adam', lr: 1e-3, beta1: 0.5 },
    gOptimizer: { kind: 'adam', lr: 1e-3, beta1: 0.5 },
  },
  /** WGAN (Arjovsky et al. 2017, Algorithm 1): clip c = 0.01, n_critic = 5, RMSProp lr 5e-5. */
  'wgan-clip': {
    data: 'two-gaussians',
    noise: 'gaussian',
    noiseDim: 2,
    generator: toyG,
    discriminator: { ...toyD, activation: 'relu', output: 'linear' },
    loss: 'wasserstein',
    dSteps: 5,
    gSteps: 1,
    batchSize: 64,
    clip: 0.01,
    dOptimizer: { kind: 'rmsprop', lr: 5e-5 },
    gOptimizer: { kind: 'rmsprop', lr: 5e-5 },
  },
  /** WGAN-GP (Gulrajani et al. 2017, Algorithm 1): λ = 10, n_critic = 5, Adam(1e-4, 0, 0.9). */
  'wgan-gp': {
    data: 'two-gaussians',
    noise: 'gaussian',
    noiseDim: 2,
    generator: toyG,
    discriminator: { ...toyD, activation: 'relu', output: 'linear' },
    loss: 'wasserstein',
    dSteps: 5,
    gSteps: 1,
    batchSize: 64,
    gradientPenalty: 10,
    dOptimizer: { kind: 'adam', lr: 1e-4, beta1: 0, beta2: 0.9 },
    gOptimizer: { kind: 'adam', lr: 1e-4, beta1: 0, beta2: 0.9 },
  },
  /** SN-GAN (Miyato et al. 2018): spectral norm on every D layer, hinge loss, Adam(2e-4, 0.5, 0.999). */
  'sngan-hinge': {
    data: 'two-gaussians',
    noise: 'gaussian',
    noiseDim: 2,
    generator: toyG,
    discriminator: { ...toyD, activation: 'relu', output: 'linear', spectralNorm: true },
    loss: 'hinge',
    dSteps: 1,
    gSteps: 1,
    batchSize: 64,
    dOptimizer: { kind: 'adam', lr: 2e-4, beta1: 0.5, beta2: 0.999 },
    gOptimizer: { kind: 'adam', lr: 2e-4, beta1: 0.5, beta2: 0.999 },
  },
  /**
   * GAN Lab's default: G and D are Dense 2→8 ReLU → 8→8 ReLU → output (tanh for G, sigmoid for D),
   * N(0, 1/fan_in) weights, SGD lr 0.1 (D) and 0.03 (G), batch 150, 2 D steps + 1 G step,
   * truncated N(0.5, 0.25²) noise in 2-D, log loss with GAN Lab's 0.95 weight on log D(real)
   * and the non-saturating G loss. The reference model for benchmarks.
   */
  'ganlab-default': {
    data: 'two-gaussians',
    noise: 'ganlab',
    noiseDim: 2,
    generator: { hidden: [8, 8], activation: 'relu', output: 'tanh', init: 'lecun' },
    discriminator: { hidden: [8, 8], activation: 'relu', output: 'sigmoid', init: 'lecun' },
    loss: 'nsgan',
    realWeight: 0.95,
    dSteps: 2,
    gSteps: 1,
    batchSize: 150,
    dOptimizer: { kind: 'sgd', lr: 0.1 },
    gOptimizer: { kind: 'sgd', lr: 0.03 },
  },
} satisfies Record<string, GanConfig>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** The configuration of a named preset with `overrides` applied (shallow). Throws on unknown names. */
export function preset(name: string, overrides: Partial<GanConfig> = {}): GanConfig {
  if (!Object.hasOwn(PRESETS, name)) {
    throw new Error(`preset: unknown preset "${name}"; valid names: ${PRESET_NAMES.join(', ')}`);
  }
  return { ...(PRESETS[name as PresetName] as GanConfig), ...overrides };
}

/** A trainer for a preset name or a full config, e.g. createTrainer('ganlab-default', { seed: 1 }). */
export function createTrainer(nameOrConfig: string | GanConfig, overrides: Partial<GanConfig> = {}): GanTrainer {
  const config = typeof nameOrConfig === 'string' ? preset(nameOrConfig, overrides) : { ...nameOrConfig, ...overrides };
  return new GanTrainer(config);
}

/**
 * Iterations per second of a preset on the current backend: builds a trainer, warms up
 * (kernels compile, buffers allocate), runs `iterations` without reports, disposes.
 */
export async function benchmark(
  nameOrConfig: string | GanConfig = 'ganlab-default',
  iterations = 500,
  warmup = 20,
): Promise<{ iterations: number; ms: number; itPerSec: number }> {
  const t = createTrainer(nameOrConfig);
  try {
    await t.run(Math.max(1, warmup));
    return await t.run(iterations);
  } finally {
    t.dispose();
  }
}
