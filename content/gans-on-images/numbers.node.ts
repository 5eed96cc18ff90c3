import * as tf from '@tensorflow/tfjs';
import type { ProseNumber } from '../../lib/content/prose-numbers';
import { convGenerator } from '../../lib/ml/conv-nets';
import { DIGIT_GAN } from '../../lib/ml/digit-gan';
import { lerpShrink, midpointGapInStd } from './latent-norms';

/** The standard deviation of the generator's freshly drawn projection weights (32 × 1568 of them). */
async function initialWeightStd(): Promise<number> {
  await tf.setBackend('cpu');
  const g = convGenerator(DIGIT_GAN);
  const w = Array.from((await g.variables[0].data()) as Float32Array);
  g.dispose();
  const mean = w.reduce((s, v) => s + v, 0) / w.length;
  return Math.sqrt(w.reduce((s, v) => s + (v - mean) ** 2, 0) / w.length);
}

export const proseNumbers: ProseNumber[] = [
  { text: '0.2', value: 0.2, why: 'DCGAN’s leaky ReLU slope (Radford et al. 2016, cited), as conv-nets’ discriminator uses' },
  { text: '0.5', value: DIGIT_GAN.beta1, why: 'Adam’s β₁ in DIGIT_GAN, DCGAN’s setting' },
  { text: '0.02', value: initialWeightStd, why: 'the std of the course generator’s initial weights, DCGAN’s N(0, 0.02²)' },
  { text: '5.7', value: Math.sqrt(DIGIT_GAN.latent), why: 'the typical norm √32 of the generator’s noise' },
  { text: '0.71', value: lerpShrink(0.5), why: 'the straight path’s shrink factor at its midpoint, 1/√2' },
  {
    text: '2.3',
    value: () => midpointGapInStd(DIGIT_GAN.latent),
    why: 'how many of the shell’s standard deviations the midpoint sits inside it, for 32-dimensional noise (chi moments)',
  },
  {
    text: '127.5',
    value: 255 / 2,
    why: 'half the range of grey levels 0–255: the exercise’s slope is 1 / 127.5 (its checks run the solution)',
  },
];
