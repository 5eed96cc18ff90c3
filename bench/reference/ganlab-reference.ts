/**
 * GAN Lab's default model and update rule (the `ganlab-default` preset of lib/ml) written by
 * hand on Float32Arrays: G and D are 2→8→8→out ReLU networks (tanh out for G, a logit for D),
 * SGD with lr 0.1 (D) and 0.03 (G), batch 150, 2 D steps then 1 G step per iteration,
 * truncated N(0.5, 0.25²) noise, log loss with weight 0.95 on log D(real), non-saturating G loss.
 */
import { ReferenceMlp } from './mlp';
import { mulberry32 } from '../../lib/ml/random';

function normalFrom(uniform: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));
const softplus = (a: number) => (a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a)));

export interface ReferenceLosses {
  d: number;
  g: number;
}

export class ReferenceGanLab {
  readonly batch = 150;
  readonly g: ReferenceMlp;
  readonly d: ReferenceMlp;
  private readonly uniform: () => number;
  private readonly normal: () => number;

  constructor(seed = 0) {
    this.uniform = mulberry32(seed);
    this.normal = normalFrom(this.uniform);
    this.g = new ReferenceMlp([2, 8, 8, 2], 'tanh', this.normal);
    this.d = new ReferenceMlp([2, 8, 8, 1], 'linear', this.normal);
  }

  /** GAN Lab's two Gaussians: N((0.3,0.7), 0.1²I) and N((0.7,0.4), diag(0.05², 0.2²)). */
  sampleReal(): Float32Array {
    const x = new Float32Array(this.batch * 2);
    for (let n = 0; n < this.batch; n++) {
      const first = this.uniform() < 0.5;
      x[2 * n] = first ? 0.3 + 0.1 * this.normal() : 0.7 + 0.05 * this.normal();
      x[2 * n + 1] = first ? 0.7 + 0.1 * this.normal() : 0.4 + 0.2 * this.normal();
    }
    return x;
  }

  /** Truncated N(0.5, 0.25²): draws beyond two standard deviations are redrawn. */
  sampleNoise(): Float32Array {
    const z = new Float32Array(this.batch * 2);
    for (let i = 0; i < z.length; i++) {
      let e: number;
      do e = this.normal();
      while (Math.abs(e) > 2);
      z[i] = 0.5 + 0.25 * e;
    }
    return z;
  }

  private discriminatorStep(): number {
    const B = this.batch;
    const fake = this.g.forward(this.sampleNoise(), B).inputs.at(-1)!;
    const realCache = this.d.forward(this.sampleReal(), B);
    const fakeCache = this.d.forward(fake, B);
    const realLogits = realCache.inputs.at(-1)!;
    const fakeLogits = fakeCache.inputs.at(-1)!;
    const gReal = new Float32Array(B);
    const gFake = new Float32Array(B);
    let loss = 0;
    for (let n = 0; n < B; n++) {
      // −0.95·log σ(a_real) − log(1 − σ(a_fake)), averaged over the batch.
      loss += 0.95 * softplus(-realLogits[n]) + softplus(fakeLogits[n]);
      gReal[n] = (0.95 * (sigmoid(realLogits[n]) - 1)) / B;
      gFake[n] = sigmoid(fakeLogits[n]) / B;
    }
    const a = this.d.backward(realCache, gReal);
    const b = this.d.backward(fakeCache, gFake);
    a.w.forEach((w, l) => w.forEach((_, i) => (w[i] += b.w[l][i])));
    a.b.forEach((v, l) => v.forEach((_, j) => (v[j] += b.b[l][j])));
    this.d.sgd(a, 0.1);
    return loss / B;
  }

  private generatorStep(): number {
    const B = this.batch;
    const gCache = this.g.forward(this.sampleNoise(), B);
    const dCache = this.d.forward(gCache.inputs.at(-1)!, B);
    const logits = dCache.inputs.at(-1)!;
    const grad = new Float32Array(B);
    let loss = 0;
    for (let n = 0; n < B; n++) {
      loss += softplus(-logits[n]);
      grad[n] = (sigmoid(logits[n]) - 1) / B;
    }
    // Backpropagate through D (left unchanged) into G's output, then through G.
    const throughD = this.d.backward(dCache, grad).input;
    this.g.sgd(this.g.backward(gCache, throughD), 0.03);
    return loss / B;
  }

  /** One iteration: 2 discriminator steps then 1 generator step. */
  iteration(): ReferenceLosses {
    this.discriminatorStep();
    const d = this.discriminatorStep();
    return { d, g: this.generatorStep() };
  }

  /** Generated samples for measuring quality. */
  generate(): Float32Array {
    return this.g.forward(this.sampleNoise(), this.batch).inputs.at(-1)!;
  }
}

/** Iterations per second of the reference over `iterations` after a short warm-up. */
export function benchmarkReference(iterations = 2000, seed = 0): { iterations: number; ms: number; itPerSec: number } {
  const gan = new ReferenceGanLab(seed);
  for (let i = 0; i < 20; i++) gan.iteration();
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) gan.iteration();
  const ms = performance.now() - t0;
  return { iterations, ms, itPerSec: (iterations * 1000) / ms };
}
