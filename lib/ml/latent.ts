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

/**
 * An attribute vector (Radford et al. 2016; White 2016): the mean noise of the samples that score
 * highest on an attribute minus the mean noise of those that score lowest (the top and bottom
 * quarter). With `groups` (e.g. each sample's digit) the difference is taken within each group
 * of at least 8 samples and averaged over them, so differences between the groups cancel.
 * Adding it to a noise vector moves the sample towards more of the attribute.
 */
export function attributeVector(noise: tf.Tensor2D, score: tf.Tensor1D | readonly number[], groups?: readonly number[]): tf.Tensor1D {
  if (noise.rank !== 2) throw new Error(`attributeVector: noise must be [n, d], got [${noise.shape}]`);
  const [n, d] = noise.shape;
  const scores = Array.from(score instanceof tf.Tensor ? score.dataSync() : score);
  if (scores.length !== n) throw new Error(`attributeVector: ${scores.length} scores for ${n} noise vectors`);
  if (groups && groups.length !== n) throw new Error(`attributeVector: ${groups.length} groups for ${n} noise vectors`);
  const bad = scores.find((s) => !Number.isFinite(s));
  if (bad !== undefined) throw new Error(`attributeVector: scores must be finite numbers, got ${bad}`);
  const members = new Map<number, number[]>();
  scores.forEach((_, i) => {
    const g = groups ? groups[i] : 0;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const z = noise.dataSync();
  const sum = new Float64Array(d);
  let used = 0;
  for (const idx of members.values()) {
    if (idx.length < 8) continue;
    idx.sort((a, b) => scores[a] - scores[b]);
    const q = Math.floor(idx.length / 4);
    for (const [rows, sign] of [
      [idx.slice(-q), 1],
      [idx.slice(0, q), -1],
    ] as const) {
      for (const i of rows) for (let j = 0; j < d; j++) sum[j] += (sign * z[i * d + j]) / q;
    }
    used++;
  }
  if (used === 0) throw new Error('attributeVector: needs a group of at least 8 samples');
  return tf.tensor1d(Array.from(sum, (v) => v / used));
}
