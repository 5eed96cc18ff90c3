import { readFileSync } from 'node:fs';
import type { ProseNumber } from '../../lib/content/prose-numbers';

// Measured by `npm run bench -- --only=gan-cost` (bench/gan-cost.mts runs this chapter's gan-gp-sn cell).
const costs = JSON.parse(readFileSync(new URL('../../bench/results/gan-cost.json', import.meta.url), 'utf8')) as {
  ganCost: { backend: string; wgangpOverPlain: number; snOverPlain: number }[];
};
const on = (backend: string) => costs.ganCost.find((c) => c.backend === backend)!;

export const proseNumbers: ProseNumber[] = [
  { text: '0.5', value: 0.5, why: 'a layer’s spectral norm in the product-bound quiz (a given)' },
  { text: '0.001', value: 0.001, why: 'the product-bound quiz tolerance (a given)' },
  { text: '3', value: 2 * 0.5 * 3, why: 'the product bound 2 × 0.5 × 3; claims.test.ts checks it with productOfSigmas' },
  { text: '1.7', value: 1.7, why: 'the real score in the hinge quiz (a given)' },
  { text: '-0.4', value: -0.4, why: 'the fake score in the hinge quiz (a given)' },
  { text: '0.6', value: Math.max(0, 1 + -0.4), why: 'the fake sample’s hinge term; claims.test.ts checks it with lib/ml' },
  { text: '5.1', value: on('wasm').wgangpOverPlain, why: 'WGAN-GP / plain GAN cost per generator step, wasm' },
  { text: '1.3', value: on('wasm').snOverPlain, why: 'SN-GAN / plain GAN cost per generator step, wasm' },
  { text: '4.5', value: on('cpu').wgangpOverPlain, why: 'WGAN-GP / plain GAN cost per generator step, cpu' },
  { text: '1.05', value: on('cpu').snOverPlain, why: 'SN-GAN / plain GAN cost per generator step, cpu' },
];
