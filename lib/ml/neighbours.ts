/**
 * Brute-force k-nearest neighbours in Euclidean distance, for the sample sizes of the course
 * (a few thousand points): memorisation checks and the k-NN balls of precision and recall.
 */
import { toFlat, type FlatPoints, type PointsLike } from './points';

export interface Neighbours {
  /** For each sample, the indices of its k nearest data points, nearest first. */
  indices: number[][];
  /** The matching Euclidean distances. */
  distances: number[][];
}

function sqDist(a: FlatPoints, i: number, b: FlatPoints, j: number): number {
  let q = 0;
  for (let c = 0; c < a.dim; c++) {
    const z = a.data[i * a.dim + c] - b.data[j * b.dim + c];
    q += z * z;
  }
  return q;
}

function kNearest(a: FlatPoints, b: FlatPoints, k: number, skipSelf: boolean): Neighbours {
  const indices: number[][] = [];
  const distances: number[][] = [];
  for (let i = 0; i < a.n; i++) {
    // Keep the k best in a small sorted list: k is tiny next to n.
    const best: { j: number; q: number }[] = [];
    for (let j = 0; j < b.n; j++) {
      if (skipSelf && i === j) continue;
      const q = sqDist(a, i, b, j);
      if (best.length === k && q >= best[k - 1].q) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].q > q) at--;
      best.splice(at, 0, { j, q });
      if (best.length > k) best.pop();
    }
    indices.push(best.map((e) => e.j));
    distances.push(best.map((e) => Math.sqrt(e.q)));
  }
  return { indices, distances };
}

function prepare(where: string, samples: PointsLike, data: PointsLike, k: number, dim?: number): [FlatPoints, FlatPoints] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`${where}: k must be an integer ≥ 1, got ${k}`);
  const s = toFlat(samples, where, dim);
  const d = toFlat(data, where, dim);
  if (s.dim !== d.dim) throw new Error(`${where}: samples have ${s.dim} columns but data ${d.dim}`);
  return [s, d];
}

/** The k nearest points of `data` to each point of `samples`. */
export function nearestNeighbours(samples: PointsLike, data: PointsLike, k = 1, dim?: number): Neighbours {
  const [s, d] = prepare('nearestNeighbours', samples, data, k, dim);
  if (d.n < k) throw new Error(`nearestNeighbours: asked for ${k} neighbours among ${d.n} data points`);
  return kNearest(s, d, k, false);
}

/** Distance from each point to its k-th nearest other point of the same set. */
export function kthNeighbourRadii(points: PointsLike, k: number, dim?: number): number[] {
  const [p] = prepare('kthNeighbourRadii', points, points, k, dim);
  if (p.n <= k) throw new Error(`kthNeighbourRadii: need more than k = ${k} points, got ${p.n}`);
  return kNearest(p, p, k, true).distances.map((row) => row[k - 1]);
}

/** Share of `queries` that fall inside at least one ball (centre `centres[i]`, radius `radii[i]`). */
export function shareInsideBalls(queries: PointsLike, centres: PointsLike, radii: number[], dim?: number): number {
  const [q, c] = prepare('shareInsideBalls', queries, centres, 1, dim);
  if (radii.length !== c.n) throw new Error(`shareInsideBalls: ${c.n} centres but ${radii.length} radii`);
  let inside = 0;
  for (let i = 0; i < q.n; i++) {
    for (let j = 0; j < c.n; j++) {
      if (sqDist(q, i, c, j) <= radii[j] * radii[j]) {
        inside++;
        break;
      }
    }
  }
  return inside / q.n;
}
