import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { discriminatorLoss, generatorLoss } from '../../lib/ml';
import { productOfSigmas } from './lipschitz';

describe('numbers quoted in the spectral normalization chapter', () => {
  it('the product-bound quiz: layers with σ = 2, 0.5 and 3 give a bound of 3', () => {
    expect(
      productOfSigmas([
        [
          [2, 0],
          [0, 1],
        ],
        [[0.5]],
        [[3]],
      ]),
    ).toBeCloseTo(3, 12);
  });

  it('the hinge quiz: real score 1.7 adds 0, fake score −0.4 adds 1 + (−0.4) = 0.6', () => {
    const lossD = tf.tidy(() => discriminatorLoss('hinge', tf.tensor1d([1.7]), tf.tensor1d([-0.4])).dataSync()[0]);
    expect(lossD).toBeCloseTo(0.6, 6);
    // The generator's hinge loss is the WGAN one: minus the mean score of its samples.
    const lossG = tf.tidy(() => generatorLoss('hinge', tf.tensor1d([-0.4, 0.2])).dataSync()[0]);
    expect(lossG).toBeCloseTo(0.1, 6);
  });

  it('the cost figures name the date and machine of bench/results/gan-cost.json, which numbers.node.ts reads them from', () => {
    const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const bench = JSON.parse(readFileSync(new URL('../../bench/results/gan-cost.json', import.meta.url), 'utf8')) as {
      date: string;
      machine: { cpus: number; cpu: string; node: string };
    };
    const date = new Date(bench.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(mdx, `the prose should say when the saved results were measured (${date})`).toContain(
      `on ${date}, on a shared ${bench.machine.cpus}-core Xeon under Node ${bench.machine.node.replace(/^v(\d+).*/, '$1')}`,
    );
    expect(bench.machine.cpu).toContain('Xeon');
  });
});
