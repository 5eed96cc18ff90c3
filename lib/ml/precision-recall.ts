/**
 * Improved precision and recall for generative models (Kynkäänniemi et al. 2019). Each set's
 * manifold is the union of balls around its points, each reaching that point's k-th nearest
 * neighbour in the same set. Precision: the share of generated samples inside the real manifold
 * (are samples realistic?). Recall: the share of real samples inside the generated manifold
 * (is the data's variety covered?).
 */
import { kthNeighbourRadii, shareInsideBalls } from './neighbours';
import type { PointsLike } from './points';

export interface PrecisionRecall {
  precision: number;
  recall: number;
}

export function precisionRecall(real: PointsLike, fake: PointsLike, k = 3, dim?: number): PrecisionRecall {
  const realRadii = kthNeighbourRadii(real, k, dim);
  const fakeRadii = kthNeighbourRadii(fake, k, dim);
  return {
    precision: shareInsideBalls(fake, real, realRadii, dim),
    recall: shareInsideBalls(real, fake, fakeRadii, dim),
  };
}
