/**
 * Lipschitz tools for critics: weight clipping (WGAN), the gradient penalty on
 * random interpolates (WGAN-GP) and spectral normalization by power iteration (SN-GAN).
 */
import * as tf from '@tensorflow/tfjs';
import { normalArray, uniformArray } from './random';

/** Clamp every variable into [-c, c] in place (WGAN, Arjovsky et al. 2017). */
export function clipWeights(vars: tf.Variable[], c: number): void {
  if (!(c > 0)) throw new Error(`clipWeights: clip must be > 0, got ${c}`);
  tf.tidy(() => {
    for (const v of vars) v.assign(tf.clipByValue(v, -c, c));
  });
}

/**
 * Gradient penalty λ·E[(‖∇ₓ f(x̂)‖₂ − 1)²] at x̂ = εx_real + (1−ε)x_fake, ε ~ U(0,1) per row
 * (Gulrajani et al. 2017). Differentiable w.r.t. the critic's variables, so it can be added
 * to the critic loss inside tf.variableGrads. Pass `eps` ([n, 1]) to fix the interpolation.
 */
export function gradientPenalty(
  critic: (x: tf.Tensor2D) => tf.Tensor,
  real: tf.Tensor2D,
  fake: tf.Tensor2D,
  lambda = 10,
  eps?: tf.Tensor2D,
): tf.Scalar {
  if (!(lambda >= 0)) throw new Error(`gradientPenalty: lambda must be >= 0, got ${lambda}`);
  if (real.shape.length !== 2 || real.shape[0] !== fake.shape[0] || real.shape[1] !== fake.shape[1]) {
    throw new Error(`gradientPenalty: real and fake must have the same [n, d] shape, got [${real.shape}] and [${fake.shape}]`);
  }
  return tf.tidy(() => {
    const n = real.shape[0];
    const e = eps ?? tf.tensor2d(uniformArray(n), [n, 1]);
    const xhat = tf.add(tf.mul(e, real), tf.mul(tf.sub(1, e), fake)) as tf.Tensor2D;
    const g = tf.grad((x: tf.Tensor) => tf.sum(critic(x as tf.Tensor2D)))(xhat);
    const norm = tf.sqrt(tf.add(tf.sum(tf.square(g), 1), 1e-12));
    return tf.mul(lambda, tf.mean(tf.square(tf.sub(norm, 1)))) as tf.Scalar;
  });
}

/**
 * Persistent power-iteration state for one weight W of shape [in, out]:
 * u ∈ ℝ^out and v ∈ ℝ^in, non-trainable, so no gradient flows through them.
 */
export interface SpectralState {
  u: tf.Variable;
  v: tf.Variable;
}

/** Fresh SN state with a random unit u (drawn from the global seeded PRNG). */
export function createSpectralState(inDim: number, outDim: number): SpectralState {
  const u0 = normalArray(outDim);
  const nu = Math.hypot(...u0) || 1;
  return tf.tidy(() => ({
    u: tf.variable(
      tf.tensor2d(
        u0.map((x) => x / nu),
        [outDim, 1],
      ),
      false,
    ),
    v: tf.variable(tf.zeros([inDim, 1]), false),
  }));
}

/** One (or more) power iterations: v ← Wu/‖Wu‖, u ← Wᵀv/‖Wᵀv‖, written back into the state. */
export function spectralUpdate(w: tf.Tensor2D, s: SpectralState, iterations = 1): void {
  tf.tidy(() => {
    let u = s.u as tf.Tensor2D;
    let v = s.v as tf.Tensor2D;
    for (let i = 0; i < iterations; i++) {
      v = tf.matMul(w, u);
      v = tf.div(v, tf.add(tf.norm(v), 1e-12));
      u = tf.matMul(w, v, true, false);
      u = tf.div(u, tf.add(tf.norm(u), 1e-12));
    }
    s.v.assign(v);
    s.u.assign(u);
  });
}

/** The current σ estimate vᵀWu as a scalar tensor (differentiable in W only). */
export function spectralSigma(w: tf.Tensor2D, s: SpectralState): tf.Scalar {
  return tf.tidy(() => tf.sum(tf.mul(s.v, tf.matMul(w, s.u))) as tf.Scalar);
}
