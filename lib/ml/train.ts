/**
 * The GAN trainer: k discriminator/critic steps per generator step, separate
 * optimizers, cancellable between iterations, reporting every N iterations.
 * The hot path (step) never reads a tensor back: losses (or the scores they come from) stay
 * on the backend and are read with `await data()` only at report time.
 */
import * as tf from '@tensorflow/tfjs';
import { dataArray, noiseArray } from './data';
import { Atlas } from './atlas';
import { checkConfig, makeOptimizer, positiveInt, type GanConfig, type NetSpec, type OptimizerSpec, type TrainOptions } from './gan-config';
import { applyFoldedSgd, canBackprop, dStepGrads, gStepGrads, netShape, type BackpropGan } from './gan-backprop';
import { LossGradients } from './loss-grads';
import { clipWeights, gradientPenalty } from './lipschitz';
import { discriminatorLoss, generatorLoss } from './losses';
import { mlp, type Mlp } from './mlp';
import { setSeed } from './random';

export type { GanConfig, NetSpec, OptimizerSpec, Report, TrainOptions } from './gan-config';

export class GanTrainer {
  readonly config: GanConfig;
  readonly generator: Mlp;
  readonly discriminator: Mlp;
  readonly dOptimizer: tf.Optimizer;
  readonly gOptimizer: tf.Optimizer;
  readonly dataDim: number;
  /** Completed iterations (each = dSteps D steps + gSteps G steps). */
  iteration = 0;
  /** The latest losses (tape path) or the scores they are computed from at report time (backprop path). */
  private lastD: tf.Tensor | null = null;
  private lastG: tf.Tensor | null = null;
  /** Hand-derived gradients when the config allows them (gan-backprop.ts), else tfjs's tape. */
  private readonly backprop: BackpropGan | null;
  private readonly real: Atlas;
  private readonly noise: Atlas;

  constructor(config: GanConfig) {
    const c = config;
    checkConfig(c);
    this.config = c;
    if (c.seed !== undefined) setSeed(c.seed);
    this.dataDim = c.dataDim ?? 2;
    const atlasRows = Math.max(1, Math.floor((c.atlasSize ?? 12000) / c.batchSize)) * c.batchSize;
    const net = (s: NetSpec, input: number, out: number, secondOrder = false): Mlp =>
      mlp({
        secondOrder,
        sizes: [input, ...s.hidden, out],
        hidden: s.activation,
        leakySlope: s.leakySlope,
        output: s.output,
        init: s.init,
        spectralNorm: s.spectralNorm,
      });
    this.generator = net(c.generator, c.noiseDim, this.dataDim);
    this.discriminator = net(c.discriminator, this.dataDim, 1, Boolean(c.gradientPenalty));
    this.dOptimizer = makeOptimizer(c.dOptimizer);
    this.gOptimizer = makeOptimizer(c.gOptimizer);
    const data = c.data;
    const dim = this.dataDim;
    const batches = atlasRows / c.batchSize;
    this.real = new Atlas(() =>
      typeof data === 'string'
        ? tf.tensor3d(dataArray(data, atlasRows), [batches, c.batchSize, 2])
        : tf.tidy(() => tf.reshape(checkBatch(data(atlasRows), atlasRows, dim), [batches, c.batchSize, dim])),
    );
    this.noise = new Atlas(() => tf.tensor3d(noiseArray(c.noise, atlasRows, c.noiseDim), [batches, c.batchSize, c.noiseDim]));
    const fold = (o: OptimizerSpec) => [o.kind === 'sgd' ? -o.lr : 1];
    this.backprop = canBackprop(c)
      ? {
          G: this.generator.layers,
          D: this.discriminator.layers,
          gNet: netShape(c.generator),
          dNet: netShape(c.discriminator),
          lossGrads: new LossGradients({
            loss: c.loss,
            batch: c.batchSize,
            realLabel: c.realLabel,
            realWeight: [c.realWeight ?? 1],
            dScale: fold(c.dOptimizer),
            gScale: fold(c.gOptimizer),
            stacked: false,
          }),
        }
      : null;
  }

  private apply(opt: tf.Optimizer, spec: OptimizerSpec, vars: tf.Variable[], grads: tf.Tensor[]): void {
    if (spec.kind === 'sgd') applyFoldedSgd(vars, grads);
    else opt.applyGradients(vars.map((v, i) => ({ name: v.name, tensor: grads[i] })));
  }

  /** One discriminator/critic step. */
  dStep(): void {
    const c = this.config;
    const D = this.discriminator;
    const bp = this.backprop;
    if (D.layers.some((l) => l.sn)) D.updateSpectral();
    const loss = bp
      ? tf.tidy(() => {
          const { grads, scores } = dStepGrads(bp, this.real.next(), this.noise.next());
          this.apply(this.dOptimizer, c.dOptimizer, D.variables, grads);
          return scores;
        })
      : tf.tidy(() => {
          const real = this.real.next();
          const fake = this.generator.apply(this.noise.next());
          const { value, grads } = tf.variableGrads(() => {
            const l = discriminatorLoss(c.loss, D.logits(real), D.logits(fake), c);
            return c.gradientPenalty
              ? tf.add(
                  l,
                  gradientPenalty((x) => D.logits(x), real, fake, c.gradientPenalty),
                )
              : l;
          }, D.variables);
          this.dOptimizer.applyGradients(grads);
          return value;
        });
    if (c.clip !== undefined) clipWeights(D.variables, c.clip);
    this.lastD?.dispose();
    this.lastD = loss;
  }

  /** One generator step; D's weights (and SN state) are left untouched. */
  gStep(): void {
    const bp = this.backprop;
    const G = this.generator;
    const loss = bp
      ? tf.tidy(() => {
          const { grads, scores } = gStepGrads(bp, this.noise.next());
          this.apply(this.gOptimizer, this.config.gOptimizer, G.variables, grads);
          return scores;
        })
      : tf.tidy(() => {
          const z = this.noise.next();
          const { value, grads } = tf.variableGrads(
            () => generatorLoss(this.config.loss, this.discriminator.logits(this.generator.apply(z))),
            this.generator.variables,
          );
          this.gOptimizer.applyGradients(grads);
          return value;
        });
    this.lastG?.dispose();
    this.lastG = loss;
  }

  /** One iteration: dSteps D steps then gSteps G steps. No readbacks. */
  step(): void {
    for (let i = 0; i < this.config.dSteps; i++) this.dStep();
    for (let i = 0; i < this.config.gSteps; i++) this.gStep();
    this.iteration++;
  }

  /** The latest losses (reads back; call at report time). */
  async losses(): Promise<{ dLoss: number; gLoss: number }> {
    const c = this.config;
    const n = c.batchSize;
    const { lastD, lastG } = this;
    const fromScores = Boolean(this.backprop);
    const d =
      lastD && fromScores ? tf.tidy(() => discriminatorLoss(c.loss, lastD.slice([0, 0], [n, 1]), lastD.slice([n, 0], [n, 1]), c)) : lastD;
    const g = lastG && fromScores ? generatorLoss(c.loss, lastG) : lastG;
    const [dv, gv] = await Promise.all([d?.data(), g?.data()]);
    if (fromScores) tf.dispose([d, g].filter((t) => t !== null));
    return { dLoss: dv ? dv[0] : NaN, gLoss: gv ? gv[0] : NaN };
  }

  /** n generator samples as an [n, dataDim] tensor (caller disposes). */
  sample(n: number): tf.Tensor2D {
    positiveInt('sample', 'n', n);
    return tf.tidy(() =>
      this.generator.apply(tf.tensor2d(noiseArray(this.config.noise, n, this.config.noiseDim), [n, this.config.noiseDim])),
    );
  }

  /** D(x) after its output activation (a probability for sigmoid discriminators). */
  discriminate(x: tf.Tensor2D): tf.Tensor2D {
    return this.discriminator.apply(x);
  }

  /** Run `iterations` iterations as fast as possible (benchmark); waits for the backend at the end. */
  async run(iterations: number): Promise<{ iterations: number; ms: number; itPerSec: number }> {
    positiveInt('run', 'iterations', iterations);
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) this.step();
    await this.losses();
    const ms = performance.now() - t0;
    return { iterations, ms, itPerSec: (1000 * iterations) / ms };
  }

  /** Train with periodic reports; stops early when shouldStop() or signal.aborted is true. */
  async train(opts: TrainOptions): Promise<{ iterations: number; stopped: boolean }> {
    const { iterations, reportEvery = 50, onReport, shouldStop, signal, samples = 0 } = opts;
    positiveInt('train', 'iterations', iterations);
    positiveInt('train', 'reportEvery', reportEvery);
    if (!Number.isInteger(samples) || samples < 0) throw new Error(`train: samples must be an integer >= 0, got ${samples}`);
    const fixedNoise =
      samples > 0 ? tf.tensor2d(noiseArray(this.config.noise, samples, this.config.noiseDim), [samples, this.config.noiseDim]) : null;
    const t0 = performance.now();
    let done = 0;
    let stopped = false;
    try {
      while (done < iterations) {
        if (signal?.aborted || shouldStop?.()) {
          stopped = true;
          break;
        }
        this.step();
        done++;
        if (done % reportEvery === 0 || done === iterations) {
          if (onReport) {
            const { dLoss, gLoss } = await this.losses();
            let s: Float32Array | undefined;
            if (fixedNoise) {
              const g = this.generator.apply(fixedNoise);
              s = (await g.data()) as Float32Array;
              g.dispose();
            }
            onReport({ iteration: this.iteration, dLoss, gLoss, samples: s, elapsedMs: performance.now() - t0 });
          }
          await new Promise<void>((r) => setTimeout(r, 0));
        }
      }
    } finally {
      fixedNoise?.dispose();
    }
    return { iterations: done, stopped };
  }

  dispose(): void {
    this.generator.dispose();
    this.discriminator.dispose();
    this.dOptimizer.dispose();
    this.gOptimizer.dispose();
    this.real.dispose();
    this.noise.dispose();
    this.backprop?.lossGrads.dispose();
    this.lastD?.dispose();
    this.lastG?.dispose();
    this.lastD = this.lastG = null;
  }
}

function checkBatch(t: tf.Tensor2D, n: number, dim: number): tf.Tensor2D {
  if (t.rank !== 2 || t.shape[0] !== n || t.shape[1] !== dim) {
    const shape = t.shape;
    t.dispose();
    throw new Error(`GanTrainer: data sampler must return shape [${n}, ${dim}], got [${shape}]`);
  }
  return t;
}
