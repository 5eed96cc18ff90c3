/**
 * k-means clustering (Lloyd's algorithm from k-means++ seeds, Arthur & Vassilvitskii 2007) on
 * the tfjs backend. The digit GAN uses it to find labels without labels: clusters of the real
 * digits that a self-conditioned GAN (Liu et al. 2020) is conditioned on.
 */
import * as tf from '@tensorflow/tfjs';
import { rng, type Rng } from './random';

export interface KMeansOptions {
  /** Lloyd iterations after seeding (default 25); stops early once no point changes cluster. */
  iterations?: number;
}

export interface Clusters {
  /** The cluster of each point [n], int32: ready to be an `ImageGan`'s `labels`. */
  labels: tf.Tensor1D;
  /** The cluster centres [k, features]. */
  centres: tf.Tensor2D;
  /** Points in each cluster. */
  sizes: number[];
  /** Each cluster's share of the points: how often a self-conditioned G is asked for it. */
  shares: number[];
  /** Sum of squared distances from each point to its centre. */
  inertia: number;
  dispose(): void;
}

/**
 * Clusters n points (any tensor [n, …], flattened per point) into k groups. Seeding draws from
 * ml's random generator, so a seeded cell clusters the same way every run.
 */
export function kmeans(points: tf.Tensor, k: number, options: KMeansOptions = {}): Clusters {
  const { iterations = 25 } = options;
  if (points.rank < 2) throw new Error(`kmeans: points must be [n, …] with one row per point, got [${points.shape}]`);
  const n = points.shape[0];
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`kmeans: k must be an integer from 1 to the ${n} points, got ${k}`);
  if (!Number.isInteger(iterations) || iterations < 0) throw new Error(`kmeans: iterations must be an integer >= 0, got ${iterations}`);
  const x = tf.tidy(() => tf.cast(points.reshape([n, -1]), 'float32')) as tf.Tensor2D;
  const squaredNorms = tf.tidy(() => tf.sum(tf.square(x), 1)) as tf.Tensor1D;
  let centres = seedCentres(x, k, rng());
  let labels = nearestCentre(x, squaredNorms, centres);
  for (let i = 0; i < iterations; i++) {
    const moved = tf.tidy(() => meanOfEachCluster(x, labels, centres));
    const relabelled = nearestCentre(x, squaredNorms, moved);
    const changed = tf.tidy(() => tf.any(tf.notEqual(relabelled, labels)).dataSync()[0]);
    tf.dispose([centres, labels]);
    centres = moved;
    labels = relabelled;
    if (!changed) break;
  }
  const sizes = new Array<number>(k).fill(0);
  for (const c of labels.dataSync()) sizes[c]++;
  const inertia = tf.tidy(() => tf.sum(tf.square(tf.sub(x, tf.gather(centres, labels)))).dataSync()[0]);
  tf.dispose([x, squaredNorms]);
  const [finalLabels, finalCentres] = [labels, centres];
  return {
    labels: finalLabels,
    centres: finalCentres,
    sizes,
    shares: sizes.map((s) => s / n),
    inertia,
    dispose: () => tf.dispose([finalLabels, finalCentres]),
  };
}

/** k-means++: each next centre is a point drawn with probability ∝ its squared distance to the nearest centre so far. */
function seedCentres(x: tf.Tensor2D, k: number, r: Rng): tf.Tensor2D {
  const [n, d] = x.shape;
  const data = x.dataSync();
  const nearest = new Float64Array(n).fill(Infinity);
  const chosen: number[] = [r.int(n)];
  while (chosen.length < k) {
    const c = chosen[chosen.length - 1] * d;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0, o = i * d; j < d; j++) s += (data[o + j] - data[c + j]) ** 2;
      if (s < nearest[i]) nearest[i] = s;
      total += nearest[i];
    }
    // All points already coincide with a centre: any point will do.
    if (total === 0) {
      chosen.push(r.int(n));
      continue;
    }
    let u = r.next() * total;
    let pick = 0;
    while (pick < n - 1 && (u -= nearest[pick]) > 0) pick++;
    chosen.push(pick);
  }
  return tf.tidy(() => tf.gather(x, tf.tensor1d(chosen, 'int32')));
}

/** Index of each point's nearest centre: ‖x − c‖² = ‖x‖² − 2x·c + ‖c‖², one matrix product. */
function nearestCentre(x: tf.Tensor2D, squaredNorms: tf.Tensor1D, centres: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const distances = tf.add(
      tf.sub(squaredNorms.expandDims(1), tf.mul(2, tf.matMul(x, centres, false, true))),
      tf.sum(tf.square(centres), 1).expandDims(0),
    );
    return tf.cast(tf.argMin(distances, 1), 'int32') as tf.Tensor1D;
  });
}

/** The mean of each cluster's points; a cluster left empty keeps its old centre. */
function meanOfEachCluster(x: tf.Tensor2D, labels: tf.Tensor1D, centres: tf.Tensor2D): tf.Tensor2D {
  const k = centres.shape[0];
  const members = tf.cast(tf.oneHot(labels, k), 'float32');
  const counts = tf.sum(members, 0).expandDims(1);
  const sums = tf.matMul(members, x, true, false);
  return tf.where(tf.greater(counts, 0).tile([1, x.shape[1]]), tf.div(sums, tf.maximum(counts, 1)), centres) as tf.Tensor2D;
}
