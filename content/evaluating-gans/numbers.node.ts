import { readFileSync } from 'node:fs';
import type { ProseNumber } from '../../lib/content/prose-numbers';
import { numberInCell } from '../../lib/content/cell-runner';
import { realVsRealFrechet } from './frechet-bias';
import { toyInceptionScore, toyRow } from './inception-toy';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ringStd = /ringModes\(\{ std: ([\d.]+) \}\)/;
const unsure = { classes: 10, used: 10, confidence: 0.5 };

export const proseNumbers: ProseNumber[] = [
  { text: '0.1', value: numberInCell(mdx, 'parzen-prefers-worse', ringStd), why: 'the Parzen cell’s ring std' },
  { text: '0.1', value: numberInCell(mdx, 'precision-recall-during-training', ringStd), why: 'the training cell’s ring std' },
  { text: '0.5', value: Math.max(...toyRow(unsure, 0)), why: 'the unsure classifier’s probability on its top class' },
  { text: '1.67', value: toyInceptionScore(unsure), why: 'the toy Inception Score with ten classes at confidence 0.5' },
  { text: '0.035', value: realVsRealFrechet(2, 200), why: 'expected real-vs-real FID in 2-D at 200 points, 7/n' },
  { text: '0.0035', value: realVsRealFrechet(2, 2000), why: 'expected real-vs-real FID in 2-D at 2,000 points, 7/n' },
  {
    text: '0.0005',
    value: numberInCell(mdx, 'precision-recall-during-training', /const D_LR = ([\d.]+);/) / 10,
    why: 'the suggested D_LR, a tenth of the cell’s',
  },
];
