/** The loss values the chapter quotes at the equilibrium D = 1/2 (logit 0), computed by lib/ml's losses. */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { discriminatorLoss, generatorLoss } from '@/lib/ml/losses';

describe('losses at D = 1/2', () => {
  it('are 1.95·log 2 ≈ 1.35 for GAN Lab’s D loss and log 2 ≈ 0.69 for the non-saturating G loss', () => {
    const zero = tf.zeros([8, 1]);
    const d = discriminatorLoss('nsgan', zero, zero, { realWeight: 0.95 }).dataSync()[0];
    const g = generatorLoss('nsgan', zero).dataSync()[0];
    expect(d).toBeCloseTo(1.95 * Math.LN2, 5);
    expect(d).toBeCloseTo(1.35, 2);
    expect(g).toBeCloseTo(Math.LN2, 6);
    zero.dispose();
  });
});
