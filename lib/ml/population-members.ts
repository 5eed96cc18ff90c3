/**
 * Who the members of a population are: one per seed, times one per value of a swept setting,
 * each with the single-model config it must train exactly like.
 */
import type { GanConfig } from './train';

export const SWEEP_PARAMS = ['dLr', 'gLr', 'clip', 'gradientPenalty', 'realWeight'] as const;
/** A setting that can differ across members: learning rates, clip c, penalty λ, real-term weight. */
export type SweepParam = (typeof SWEEP_PARAMS)[number];

export interface PopulationOptions {
  /** One member per seed (per swept value). */
  seeds: number[];
  /** Every seed runs once with each value; members are ordered value by value. */
  sweep?: { param: SweepParam; values: number[] };
}

export interface Member {
  index: number;
  seed: number;
  /** The swept setting's value for this member (undefined without a sweep). */
  value?: number;
  config: GanConfig;
}

/** The single-model config of one member: the base config with its seed and swept value. */
export function memberConfig(base: GanConfig, seed: number, param?: SweepParam, value?: number): GanConfig {
  const c: GanConfig = { ...base, seed };
  if (param === undefined || value === undefined) return c;
  if (param === 'dLr') return { ...c, dOptimizer: { ...base.dOptimizer, lr: value } };
  if (param === 'gLr') return { ...c, gOptimizer: { ...base.gOptimizer, lr: value } };
  return { ...c, [param]: value };
}

/** The members for `opts`, value by value then seed by seed; throws on bad options. */
export function populationMembers(config: GanConfig, opts: PopulationOptions): Member[] {
  if (typeof config.data !== 'string') throw new Error('PopulationTrainer: data must be a built-in data set name');
  if (!Array.isArray(opts.seeds) || opts.seeds.length === 0) throw new Error('PopulationTrainer: seeds must list at least one seed');
  const sweep = opts.sweep;
  if (sweep) {
    if (!(SWEEP_PARAMS as readonly string[]).includes(sweep.param)) {
      throw new Error(`PopulationTrainer: cannot sweep "${sweep.param}"; valid: ${SWEEP_PARAMS.join(', ')}`);
    }
    if (!Array.isArray(sweep.values) || sweep.values.length === 0) throw new Error('PopulationTrainer: sweep.values is empty');
    // λ = 0 would switch the penalty (and its random draws) off for that member only.
    if (sweep.param === 'gradientPenalty' && sweep.values.some((v) => !(v > 0))) {
      throw new Error(`PopulationTrainer: swept gradientPenalty values must be > 0, got [${sweep.values}]`);
    }
  }
  const values = sweep ? sweep.values : [undefined];
  return values.flatMap((value, j) =>
    opts.seeds.map((seed, i) => ({
      index: j * opts.seeds.length + i,
      seed,
      value,
      config: memberConfig(config, seed, sweep?.param, value),
    })),
  );
}
