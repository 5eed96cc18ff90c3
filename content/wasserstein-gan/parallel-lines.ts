/**
 * The WGAN paper's Example 1 (Arjovsky et al. 2017): P₀ is uniform on the vertical segment
 * {0} × [0, 1] and P_θ the same segment shifted to x = θ. Pure numbers for the figure and
 * the prose; the tests check them against histogram divergences and exact 1-D transport.
 */

export interface Distances {
  jsd: number;
  kl: number;
  w1: number;
}

/** JSD, KL(P₀‖P_θ) and W₁ between the two segments, in nats (closed forms from the paper). */
export function exampleOneDistances(theta: number): Distances {
  if (!Number.isFinite(theta)) throw new Error(`exampleOneDistances: theta must be a finite number, got ${theta}`);
  const apart = theta !== 0;
  return { jsd: apart ? Math.LN2 : 0, kl: apart ? Infinity : 0, w1: Math.abs(theta) };
}

/** One row per θ on [−range, range] for plotting; KL's ∞ is drawn at `klCap`, flagged by `klInfinite`. */
export function distanceCurves(range: number, n: number, klCap: number) {
  if (!(range > 0) || !Number.isInteger(n) || n < 2) {
    throw new Error(`distanceCurves: need range > 0 and an integer n ≥ 2, got range=${range}, n=${n}`);
  }
  const rows: { theta: number; value: number; measure: string }[] = [];
  // An odd number of points puts one exactly at θ = 0, where every distance drops to 0.
  const m = n % 2 === 1 ? n : n + 1;
  for (let i = 0; i < m; i++) {
    const theta = -range + (2 * range * i) / (m - 1);
    const d = exampleOneDistances(Math.abs(theta) < 1e-12 ? 0 : theta);
    rows.push({ theta, value: d.jsd, measure: 'JSD' });
    rows.push({ theta, value: Math.min(d.kl, klCap), measure: 'KL' });
    rows.push({ theta, value: d.w1, measure: 'W₁' });
  }
  return rows;
}

/**
 * W₁ between two equal-size 1-D samples: sort both and match the i-th smallest with the
 * i-th smallest. In one dimension that monotone matching is an optimal transport plan.
 */
export function w1Sorted(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) {
    throw new Error(`w1Sorted: samples must be non-empty and the same size, got ${a.length} and ${b.length}`);
  }
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  return sa.reduce((s, x, i) => s + Math.abs(x - sb[i]), 0) / sa.length;
}
