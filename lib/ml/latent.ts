/**
 * Walking through a generator's noise space. Linear interpolation cuts through the middle of a
 * Gaussian prior, where points have a smaller norm than any typical sample (‖z‖ ≈ √d); spherical
 * interpolation (slerp, White 2016) keeps the norm along the great circle, so every point looks
 * like a sample the generator was trained on.
 */
import * as tf from '@tensorflow/tfjs';

function checkPair(a: tf.Tensor1D, b: tf.Tensor1D, where: string): void {
  if (a.rank !== 1 || b.rank !== 1 || a.shape[0] !== b.shape[0]) {
    throw new Error(`${where}: a and b must be noise vectors of the same length, got [${a.shape}] and [${b.shape}]`);
  }
}

/** (1 − t)·a + t·b. */
export function lerp(a: tf.Tensor1D, b: tf.Tensor1D, t: number): tf.Tensor1D {
  checkPair(a, b, 'lerp');
  return tf.tidy(() => tf.add(tf.mul(1 - t, a), tf.mul(t, b)));
}

/** sin((1−t)θ)/sin θ · a + sin(tθ)/sin θ · b, θ the angle between a and b (lerp when they are parallel). */
export function slerp(a: tf.Tensor1D, b: tf.Tensor1D, t: number): tf.Tensor1D {
  checkPair(a, b, 'slerp');
  const [av, bv] = [a.dataSync(), b.dataSync()];
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < av.length; i++) {
    dot += av[i] * bv[i];
    na += av[i] * av[i];
    nb += bv[i] * bv[i];
  }
  const cos = Math.min(1, Math.max(-1, dot / Math.sqrt(na * nb)));
  const theta = Math.acos(cos);
  if (Math.sin(theta) < 1e-6) return lerp(a, b, t);
  const wa = Math.sin((1 - t) * theta) / Math.sin(theta);
  const wb = Math.sin(t * theta) / Math.sin(theta);
  return tf.tidy(() => tf.add(tf.mul(wa, a), tf.mul(wb, b)));
}

/** `steps` noise vectors from a to b (both ends included) as a [steps, d] tensor, for a strip of images. */
export function latentWalk(a: tf.Tensor1D, b: tf.Tensor1D, steps: number, mode: 'slerp' | 'lerp' = 'slerp'): tf.Tensor2D {
  checkPair(a, b, 'latentWalk');
  if (!Number.isInteger(steps) || steps < 2) throw new Error(`latentWalk: steps must be an integer >= 2, got ${steps}`);
  if (mode !== 'slerp' && mode !== 'lerp') throw new Error(`latentWalk: mode must be 'slerp' or 'lerp', got ${mode}`);
  const step = mode === 'slerp' ? slerp : lerp;
  return tf.tidy(() => tf.stack(Array.from({ length: steps }, (_, i) => step(a, b, i / (steps - 1)))) as tf.Tensor2D);
}
