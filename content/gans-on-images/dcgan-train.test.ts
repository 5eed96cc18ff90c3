/**
 * The DCGAN training cell, run in Node as written in index.mdx (wasm, as the page's worker trains
 * conv nets), against what the prose says it shows after its 600 iterations: fewer than half of
 * the samples confident, and no digit missing. About 35 s on 2 idle cores.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';
import { useNodeAssets } from '../../lib/ml/node-assets';
import { registerWasmConvGradients } from '../../lib/ml/wasm-conv-grad';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

beforeAll(async () => {
  registerWasmConvGradients();
  useNodeAssets();
  await tf.setBackend('wasm');
});

test('after 600 iterations the classifier is confident of fewer than half of the samples, as the prose says', async () => {
  expect(mdx).toContain('the\nclassifier is confident of fewer than half of the samples');
  const { prints } = await runCellsUpTo(mdx, 'dcgan-train', { only: true });
  const m = /confidently labelled: (\d+)% of 256 samples; rarest digit: ([\d.]+)%/.exec(prints.join('\n'));
  if (!m) throw new Error(`no verdict in the printout:\n${prints.join('\n')}`);
  const [confident, rarest] = [Number(m[1]), Number(m[2])];
  expect(confident).toBeLessThan(50);
  // "Plainly digits": a good share is already confident (44.5% with the cell's seed), and every digit is drawn.
  expect(confident).toBeGreaterThan(30);
  expect(rarest).toBeGreaterThan(0);
}, 300_000);
