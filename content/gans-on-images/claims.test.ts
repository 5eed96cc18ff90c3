/** Every number the chapter's prose states, checked against the course's own models where it can be. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, test } from 'vitest';
import { convDiscriminator, convGenerator } from '@/lib/ml/conv-nets';
import { DIGIT_GAN } from '@/lib/ml/digit-gan';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const size = (v: tf.Variable) => v.shape.reduce((a, b) => a * b, 1);

test('a dense layer from 784 pixels to 256 units has 200,960 parameters', () => {
  expect(784 * 256 + 256).toBe(200_960);
});

test("32 kernels of 5×5 on a grey image have 832 parameters: the discriminator's first layer", () => {
  const d = convDiscriminator(DIGIT_GAN);
  expect(d.variableNames.slice(0, 2)).toEqual(['conv0.w', 'conv0.b']);
  expect(d.variables[0].shape).toEqual([5, 5, 1, 32]);
  expect(size(d.variables[0]) + size(d.variables[1])).toBe(832);
  d.dispose();
});

test('the generator: 32 numbers of noise → 32 maps of 7×7 → one 5×5 stride-2 transposed conv → 14×14 through tanh', () => {
  const g = convGenerator(DIGIT_GAN);
  expect(g.variables[0].shape).toEqual([32, 7 * 7 * 32]);
  expect(g.variableNames).toEqual(['project.w', 'project.b', 'bn0.gamma', 'bn0.beta', 'deconv0.w', 'deconv0.b']);
  expect(g.variables[4].shape).toEqual([5, 5, 1, 32]);
  const z = g.noise(2);
  const x = g.apply(z);
  expect(x.shape).toEqual([2, 14, 14, 1]);
  tf.dispose([z, x]);
  g.dispose();
  expect([DIGIT_GAN.lr, DIGIT_GAN.beta1, DIGIT_GAN.latent, DIGIT_GAN.size]).toEqual([2e-4, 0.5, 32, 14]);
});

test('pixel counts, typical noise norm, and 2 log 2', () => {
  expect([14 * 14, 28 * 28]).toEqual([196, 784]);
  expect(Math.sqrt(32)).toBeCloseTo(5.7, 1);
  expect(2 * Math.log(2)).toBeCloseTo(1.386, 3);
});
