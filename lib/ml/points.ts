/** Conversion of the point formats the measures accept into flat row-major arrays. */
import * as tf from '@tensorflow/tfjs';

/** Points: an [n, d] tensor, an array of rows, or a flat row-major array (give `dim`). */
export type PointsLike = tf.Tensor | number[][] | ArrayLike<number>;

export interface FlatPoints {
  data: ArrayLike<number>;
  n: number;
  dim: number;
}

/**
 * Flatten points. Tensors are read with dataSync: measures run at report time,
 * never inside a training step.
 */
export function toFlat(points: PointsLike, where: string, dim?: number): FlatPoints {
  if (points instanceof tf.Tensor) {
    if (points.rank === 1) return { data: points.dataSync(), n: points.shape[0], dim: 1 };
    if (points.rank !== 2) throw new Error(`${where}: expected an [n, d] tensor, got shape [${points.shape}]`);
    return { data: points.dataSync(), n: points.shape[0], dim: points.shape[1] as number };
  }
  if (Array.isArray(points) && points.length > 0 && Array.isArray(points[0])) {
    const rows = points as number[][];
    const d = rows[0].length;
    const data = new Float64Array(rows.length * d);
    rows.forEach((row, i) => {
      if (row.length !== d) throw new Error(`${where}: row ${i} has length ${row.length}, expected ${d}`);
      data.set(row, i * d);
    });
    return { data, n: rows.length, dim: d };
  }
  const flat = points as ArrayLike<number>;
  const d = dim ?? 1;
  if (!Number.isInteger(d) || d < 1) throw new Error(`${where}: dim must be an integer >= 1, got ${d}`);
  if (flat.length % d !== 0) throw new Error(`${where}: flat length ${flat.length} is not a multiple of dim ${d}`);
  return { data: flat, n: flat.length / d, dim: d };
}
