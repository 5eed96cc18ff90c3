/**
 * Population training: P independent GANs trained as one set of tfjs ops with a leading
 * population axis, so the per-kernel dispatch that dominates small models is paid once per
 * iteration for all P members. Members differ by seed and optionally by one swept setting.
 * Member i follows exactly the path of `new GanTrainer({...config, seed, [setting]: value})`:
 * its weights are built by that trainer, and its data, noise and interpolation draws come from
 * its own copy of the seeded stream in the same order (population.test.ts checks it).
 */
import * as tf from '@tensorflow/tfjs';
import { Atlas, interleave } from './atlas';
import { dataArray, noiseArray, type DataName } from './data';
import { canBackprop, dStepGrads, gStepGrads, netShape, type BackpropGan } from './gan-backprop';
import { LossGradients } from './loss-grads';
import { discriminatorTerms, generatorTerm } from './losses';
import { outcome, type Outcome, type OutcomeOptions } from './outcomes';
import { createRng, rng, uniformArray, type Rng } from './random';
import { stackMlps, type StackedMlp } from './stacked-mlp';
import { stackedOptimizer, type StackedOptimizer } from './stacked-optimizer';
import { populationMembers, type Member, type PopulationOptions } from './population-members';
import { GanTrainer, type GanConfig } from './train';

export { memberConfig, SWEEP_PARAMS } from './population-members';
export type { Member, PopulationOptions, SweepParam } from './population-members';

export class PopulationTrainer {
  readonly config: GanConfig;
  readonly members: Member[];
  readonly size: number;
  readonly generator: StackedMlp;
  readonly discriminator: StackedMlp;
  iteration = 0;
  private readonly dOpt: StackedOptimizer;
  private readonly gOpt: StackedOptimizer;
  private readonly streams: Rng[];
  private readonly real: Atlas;
  private readonly noise: Atlas;
  /** Per-member settings as [P] or [P, 1, 1] tensors (null where unused). */
  private readonly clip: tf.Tensor3D | null;
  private readonly lambda: tf.Tensor1D | null;
  private readonly realWeight: tf.Tensor1D;
  /** Per-member losses [P] (tape path) or the scores they come from at report time (backprop path). */
  private lastD: tf.Tensor | null = null;
  private lastG: tf.Tensor | null = null;
  private readonly backprop: BackpropGan | null;

  constructor(config: GanConfig, opts: PopulationOptions) {
    this.config = config;
    this.members = populationMembers(config, opts);
    const P = (this.size = this.members.length);
    // Build each member as a single trainer would (same draws, same validation), keep its stream.
    const gs = [];
    const ds = [];
    const trainers: GanTrainer[] = [];
    this.streams = [];
    try {
      for (const m of this.members) {
        const t = new GanTrainer(m.config);
        trainers.push(t);
        this.streams.push(rng());
        gs.push(t.generator);
        ds.push(t.discriminator);
      }
      const opt = (s: GanConfig['generator'], secondOrder: boolean) => ({
        hidden: s.activation ?? 'relu',
        output: s.output ?? 'linear',
        leakySlope: s.leakySlope ?? 0.2,
        secondOrder,
      });
      this.generator = stackMlps(gs, opt(config.generator, false));
      this.discriminator = stackMlps(
        ds,
        opt(
          config.discriminator,
          this.members.some((m) => Boolean(m.config.gradientPenalty)),
        ),
      );
    } finally {
      for (const t of trainers) t.dispose();
    }
    const mc = this.members.map((m) => m.config);
    const fast = canBackprop(config);
    this.dOpt = stackedOptimizer(
      config.dOptimizer,
      this.discriminator.variables,
      mc.map((c) => c.dOptimizer.lr),
      fast,
    );
    this.gOpt = stackedOptimizer(
      config.gOptimizer,
      this.generator.variables,
      mc.map((c) => c.gOptimizer.lr),
      fast,
    );
    const fold = (o: GanConfig['dOptimizer']) => (o.kind === 'sgd' ? -o.lr : 1);
    this.backprop = fast
      ? {
          G: this.generator.layers,
          D: this.discriminator.layers,
          gNet: netShape(config.generator),
          dNet: netShape(config.discriminator),
          lossGrads: new LossGradients({
            loss: config.loss,
            batch: config.batchSize,
            realLabel: config.realLabel,
            stacked: true,
            realWeight: mc.map((c) => c.realWeight ?? 1),
            dScale: mc.map((c) => fold(c.dOptimizer)),
            gScale: mc.map((c) => fold(c.gOptimizer)),
          }),
        }
      : null;
    this.clip =
      mc[0].clip !== undefined
        ? tf.keep(
            tf.tensor3d(
              mc.map((c) => c.clip as number),
              [P, 1, 1],
            ),
          )
        : null;
    this.lambda = mc[0].gradientPenalty ? tf.keep(tf.tensor1d(mc.map((c) => c.gradientPenalty as number))) : null;
    this.realWeight = tf.keep(tf.tensor1d(mc.map((c) => c.realWeight ?? 1)));
    const b = config.batchSize;
    const rows = Math.max(1, Math.floor((config.atlasSize ?? 12000) / b)) * b;
    const data = config.data as DataName;
    // Each member's block comes from its own stream, as a single trainer's would.
    this.real = new Atlas(() =>
      interleave(
        this.streams.map((r) => dataArray(data, rows, r)),
        b,
        2,
      ),
    );
    this.noise = new Atlas(() =>
      interleave(
        this.streams.map((r) => noiseArray(config.noise, rows, config.noiseDim, r)),
        b,
        config.noiseDim,
      ),
    );
  }

  /** One D/critic step of every member. */
  dStep(): void {
    const c = this.config;
    const D = this.discriminator;
    if (D.layers.some((l) => l.sn)) D.updateSpectral();
    const bp = this.backprop;
    const perMember = bp
      ? tf.tidy(() => {
          const { grads, scores } = dStepGrads(bp, this.real.next<tf.Tensor3D>(), this.noise.next<tf.Tensor3D>());
          this.dOpt.apply(grads);
          return scores;
        })
      : tf.tidy(() => {
          const real = this.real.next<tf.Tensor3D>();
          const fake = this.generator.apply(this.noise.next<tf.Tensor3D>());
          const eps = this.lambda ? this.interpolationWeights() : null;
          let losses: tf.Tensor1D | null = null;
          const { grads } = tf.variableGrads(() => {
            const t = discriminatorTerms(c.loss, D.logits(real), D.logits(fake), c);
            let l = tf.add(tf.mul(this.realWeight, tf.mean(t.real, [1, 2])), tf.mean(t.fake, [1, 2])) as tf.Tensor1D;
            if (this.lambda && eps) l = tf.add(l, this.penalty(real, fake, eps));
            losses = tf.keep(l);
            return tf.sum(l) as tf.Scalar;
          }, D.variables);
          this.dOpt.apply(D.variables.map((v) => grads[v.name]));
          return losses as unknown as tf.Tensor1D;
        });
    if (this.clip) {
      const cl = this.clip;
      tf.tidy(() => {
        for (const v of D.variables) v.assign(tf.minimum(tf.maximum(v, tf.neg(cl)), cl));
      });
    }
    this.lastD?.dispose();
    this.lastD = perMember;
  }

  /** One G step of every member; D is left untouched. */
  gStep(): void {
    const G = this.generator;
    const bp = this.backprop;
    const perMember = bp
      ? tf.tidy(() => {
          const { grads, scores } = gStepGrads(bp, this.noise.next<tf.Tensor3D>());
          this.gOpt.apply(grads);
          return scores;
        })
      : tf.tidy(() => {
          const z = this.noise.next<tf.Tensor3D>();
          let losses: tf.Tensor1D | null = null;
          const { grads } = tf.variableGrads(() => {
            const l = tf.mean(generatorTerm(this.config.loss, this.discriminator.logits(G.apply(z))), [1, 2]) as tf.Tensor1D;
            losses = tf.keep(l);
            return tf.sum(l) as tf.Scalar;
          }, G.variables);
          this.gOpt.apply(G.variables.map((v) => grads[v.name]));
          return losses as unknown as tf.Tensor1D;
        });
    this.lastG?.dispose();
    this.lastG = perMember;
  }

  /** One iteration of every member: dSteps D steps then gSteps G steps. No readbacks. */
  step(): void {
    for (let i = 0; i < this.config.dSteps; i++) this.dStep();
    for (let i = 0; i < this.config.gSteps; i++) this.gStep();
    this.iteration++;
  }

  /** The latest per-member losses (reads back; call at report time). */
  async losses(): Promise<{ dLoss: Float32Array; gLoss: Float32Array }> {
    const nan = () => new Float32Array(this.size).fill(NaN);
    const c = this.config;
    const n = c.batchSize;
    const { lastD, lastG } = this;
    const fromScores = Boolean(this.backprop);
    const d =
      lastD && fromScores
        ? tf.tidy(() => {
            const t = discriminatorTerms(c.loss, lastD.slice([0, 0, 0], [-1, n, 1]), lastD.slice([0, n, 0], [-1, n, 1]), c);
            return tf.add(tf.mul(this.realWeight, tf.mean(t.real, [1, 2])), tf.mean(t.fake, [1, 2]));
          })
        : lastD;
    const g = lastG && fromScores ? tf.tidy(() => tf.mean(generatorTerm(c.loss, lastG), [1, 2])) : lastG;
    const [dv, gv] = await Promise.all([d?.data(), g?.data()]);
    if (fromScores) tf.dispose([d, g].filter((t) => t !== null));
    return { dLoss: (dv as Float32Array) ?? nan(), gLoss: (gv as Float32Array) ?? nan() };
  }

  /** n samples of every member from one shared noise batch (seeded by `noiseSeed`), [P, n, dataDim]. */
  sample(n: number, noiseSeed = 0): tf.Tensor3D {
    if (!Number.isInteger(n) || n < 1) throw new Error(`sample: n must be an integer >= 1, got ${n}`);
    const { noise, noiseDim } = this.config;
    const z = noiseArray(noise, n, noiseDim, createRng(noiseSeed));
    return tf.tidy(() => this.generator.apply(tf.tile(tf.tensor3d(z, [1, n, noiseDim]), [this.size, 1, 1])));
  }

  /** Each member's outcome (mode coverage, divergence estimate, verdicts) from n samples; reads back. */
  async outcomes(n = 1000, opts: OutcomeOptions = {}): Promise<Outcome[]> {
    const s = this.sample(n);
    const flat = (await s.data()) as Float32Array;
    s.dispose();
    const { dLoss, gLoss } = await this.losses();
    const data = this.config.data as DataName;
    return this.members.map((m) =>
      outcome(flat.subarray(m.index * n * 2, (m.index + 1) * n * 2), data, [dLoss[m.index], gLoss[m.index]], opts),
    );
  }

  /** Run `iterations` iterations as fast as possible (benchmark); waits for the backend at the end. */
  async run(iterations: number): Promise<{ iterations: number; ms: number; modelItPerSec: number }> {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) this.step();
    await this.losses();
    const ms = performance.now() - t0;
    return { iterations, ms, modelItPerSec: (1000 * iterations * this.size) / ms };
  }

  dispose(): void {
    this.generator.dispose();
    this.discriminator.dispose();
    this.dOpt.dispose();
    this.gOpt.dispose();
    this.real.dispose();
    this.noise.dispose();
    this.backprop?.lossGrads.dispose();
    tf.dispose([this.clip, this.lambda, this.realWeight, this.lastD, this.lastG].filter((t) => t !== null));
    this.lastD = this.lastG = null;
  }

  /** ε ~ U(0, 1) per row and member, drawn from each member's stream as gradientPenalty does. */
  private interpolationWeights(): tf.Tensor3D {
    const n = this.config.batchSize;
    const all = new Float32Array(this.size * n);
    this.streams.forEach((r, i) => all.set(uniformArray(n, 0, 1, r), i * n));
    return tf.tensor3d(all, [this.size, n, 1]);
  }

  /** λᵢ·mean((‖∇f(x̂)‖ − 1)²) per member, as lipschitz.gradientPenalty computes it for one. */
  private penalty(real: tf.Tensor3D, fake: tf.Tensor3D, eps: tf.Tensor3D): tf.Tensor1D {
    const xhat = tf.add(tf.mul(eps, real), tf.mul(tf.sub(1, eps), fake));
    const g = tf.grad((x: tf.Tensor) => tf.sum(this.discriminator.logits(x as tf.Tensor3D)))(xhat);
    const norm = tf.sqrt(tf.add(tf.sum(tf.square(g), 2), 1e-12));
    return tf.mul(this.lambda as tf.Tensor1D, tf.mean(tf.square(tf.sub(norm, 1)), 1));
  }
}
