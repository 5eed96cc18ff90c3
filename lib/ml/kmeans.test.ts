import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { kmeans } from './kmeans';
import { mnist } from './mnist';
import { useNodeAssets } from './node-assets';
import { createRng, setSeed } from './random';

beforeAll(async () => {
  await tf.setBackend('cpu');
  useNodeAssets();
});

/** `perBlob` points around each centre, N(centre, 0.1²) per coordinate, blob after blob. */
function blobs(centres: number[][], perBlob: number, seed = 1): number[][] {
  const r = createRng(seed);
  return centres.flatMap((c) => Array.from({ length: perBlob }, () => c.map((v) => v + 0.1 * r.normal())));
}

const meanOf = (rows: number[][]) => rows[0].map((_, j) => rows.reduce((s, row) => s + row[j], 0) / rows.length);

describe('kmeans', () => {
  test('three well-separated blobs: one cluster each, centred on the blob means, inertia their spread', () => {
    const points = blobs(
      [
        [0, 0],
        [5, 0],
        [0, 5],
      ],
      30,
    );
    setSeed(1);
    const before = tf.memory().numTensors;
    const x = tf.tensor2d(points);
    const clusters = kmeans(x, 3);
    const labels = Array.from(clusters.labels.dataSync());
    const blobLabel = [0, 30, 60].map((start) => labels[start]);
    expect(new Set(blobLabel).size).toBe(3);
    labels.forEach((l, i) => expect(l).toBe(blobLabel[Math.floor(i / 30)]));
    expect(clusters.sizes).toEqual([30, 30, 30]);
    expect(clusters.shares.map((s) => s * 3)).toEqual([1, 1, 1]);
    const centres = clusters.centres.arraySync();
    let spread = 0;
    [0, 30, 60].forEach((start, blob) => {
      const rows = points.slice(start, start + 30);
      const mean = meanOf(rows);
      centres[blobLabel[blob]].forEach((v, j) => expect(v).toBeCloseTo(mean[j], 4));
      spread += rows.reduce((s, row) => s + row.reduce((t, v, j) => t + (v - mean[j]) ** 2, 0), 0);
    });
    expect(clusters.inertia).toBeCloseTo(spread, 3);
    clusters.dispose();
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  test('Lloyd steps never raise the inertia; k = n puts every point alone', () => {
    const x = tf.tensor2d(blobs([[0, 0, 0]], 200, 4).map((row) => row.map((v) => v * 10)));
    const inertias = [0, 1, 3, 25].map((iterations) => {
      setSeed(5);
      const c = kmeans(x, 8, { iterations });
      c.dispose();
      return c.inertia;
    });
    for (let i = 1; i < inertias.length; i++) expect(inertias[i]).toBeLessThanOrEqual(inertias[i - 1] * (1 + 1e-6));
    expect(inertias[3]).toBeLessThan(inertias[0]);
    const few = tf.tensor2d([
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    const alone = kmeans(few, 3);
    expect(alone.inertia).toBe(0);
    expect(alone.sizes).toEqual([1, 1, 1]);
    alone.dispose();
    tf.dispose([x, few]);
  });

  test('the same seed clusters the same way; images are flattened per point', () => {
    const x = tf.randomUniform([60, 4, 4, 1], 0, 1, 'float32', 7);
    const run = () => {
      setSeed(11);
      const c = kmeans(x, 5);
      const labels = Array.from(c.labels.dataSync());
      expect(c.centres.shape).toEqual([5, 16]);
      c.dispose();
      return labels;
    };
    expect(run()).toEqual(run());
    x.dispose();
  });

  test('on real 14×14 digits, 30 clusters found without labels are mostly one digit each', async () => {
    const digits = await mnist({ size: 14, n: 3000 });
    setSeed(1);
    const clusters = kmeans(digits.images, 30);
    const truth = digits.labels.dataSync();
    const table = Array.from({ length: 30 }, () => new Array<number>(10).fill(0));
    clusters.labels.dataSync().forEach((c, i) => table[c][truth[i]]++);
    // Purity: the share of digits that belong to their cluster's most common digit (1/10 if clusters were random).
    const purity = table.reduce((s, row) => s + Math.max(...row), 0) / digits.count;
    expect(purity).toBeGreaterThan(0.7);
    clusters.dispose();
    digits.dispose();
  }, 60_000);

  test('bad input is refused with the value', () => {
    const x = tf.zeros([4, 2]);
    expect(() => kmeans(x, 5)).toThrow('kmeans: k must be an integer from 1 to the 4 points, got 5');
    expect(() => kmeans(x, 0)).toThrow('got 0');
    expect(() => kmeans(x, 1.5)).toThrow('got 1.5');
    expect(() => kmeans(x, 2, { iterations: -1 })).toThrow('kmeans: iterations must be an integer >= 0, got -1');
    const flat = tf.zeros([4]);
    expect(() => kmeans(flat, 2)).toThrow('kmeans: points must be [n, …] with one row per point, got [4]');
    tf.dispose([x, flat]);
  });
});
