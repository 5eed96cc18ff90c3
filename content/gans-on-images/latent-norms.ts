/**
 * How long noise vectors are, along straight and spherical paths between two of them. For
 * z ~ N(0, I_d), ‖z‖ follows the chi distribution with d degrees of freedom: a thin shell of
 * radius about √d. The straight path z_t = (1 − t) z₀ + t z₁ between independent ends is
 * N(0, s² I) with s² = (1 − t)² + t², so its norm is the same shell shrunk by s.
 */

/** Γ((d + 1)/2) / Γ(d/2) for a whole d ≥ 1, by r(1) = 1/√π and r(d) · r(d + 1) = d/2. */
function gammaHalfRatio(d: number): number {
  let r = 1 / Math.sqrt(Math.PI);
  for (let k = 1; k < d; k++) r = k / 2 / r;
  return r;
}

/** Mean and standard deviation of ‖z‖ for z ~ N(0, I_d) (the chi distribution). */
export function chiMoments(d: number): { mean: number; std: number } {
  const mean = Math.SQRT2 * gammaHalfRatio(d);
  return { mean, std: Math.sqrt(d - mean * mean) };
}

/** The factor s = √((1 − t)² + t²) by which the straight path shrinks the shell at t. */
export const lerpShrink = (t: number) => Math.sqrt((1 - t) ** 2 + t ** 2);

const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

/** The straight path's point at t. */
export const lerp = (z0: readonly number[], z1: readonly number[], t: number) => z0.map((x, i) => (1 - t) * x + t * z1[i]);

/** Spherical interpolation (Shoemake 1985; White 2016 for GANs): along the great circle through the ends. */
export function slerp(z0: readonly number[], z1: readonly number[], t: number): number[] {
  const theta = Math.acos(Math.max(-1, Math.min(1, dot(z0, z1) / (norm(z0) * norm(z1)))));
  if (theta < 1e-6) return lerp(z0, z1, t);
  const a = Math.sin((1 - t) * theta) / Math.sin(theta);
  const b = Math.sin(t * theta) / Math.sin(theta);
  return z0.map((x, i) => a * x + b * z1[i]);
}

/** Norms along both paths between two given vectors, at the given values of t. */
export function pathNorms(z0: readonly number[], z1: readonly number[], ts: readonly number[]) {
  return ts.map((t) => ({ t, lerp: norm(lerp(z0, z1, t)), slerp: norm(slerp(z0, z1, t)) }));
}

/**
 * How far below the shell the straight path's midpoint sits, in the shell's standard deviations:
 * the midpoint's norm is the shell's shrunk by 1/√2.
 */
export function midpointGapInStd(d: number): number {
  const { mean, std } = chiMoments(d);
  return (mean * (1 - lerpShrink(0.5))) / std;
}
