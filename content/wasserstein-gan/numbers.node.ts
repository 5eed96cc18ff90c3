import { readFileSync } from 'node:fs';
import type { ProseNumber } from '../../lib/content/prose-numbers';
import { numberInCell } from '../../lib/content/cell-runner';
import { PRESETS } from '../../lib/ml/presets';
import { w1Sorted } from './parallel-lines';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const quizW1 = w1Sorted([4, 0, 1], [1, 2, 6]);

export const proseNumbers: ProseNumber[] = [
  { text: '1.3333', value: quizW1, why: 'W₁ of the quiz samples, by sorting' },
  { text: '1.333', value: quizW1, why: 'W₁ of the quiz samples, in the explanation' },
  {
    text: '0.01',
    value: numberInCell(mdx, 'wgan-clip', /const c = ([\d.]+);/),
    why: 'the clip value c of the wgan-clip cell (the WGAN paper’s), also the quiz tolerance',
  },
  { text: '0.693', value: Math.log(2), why: 'JSD of disjoint segments, log 2' },
  { text: '0.3', value: 0.3, why: 'θ in the segments quiz (a given)' },
  { text: '0.001', value: 0.001, why: 'a suggested clip value (a given)' },
  { text: '0.1', value: 0.1, why: 'a suggested clip value (a given)' },
  { text: '0.9', value: PRESETS['wgan-gp'].dOptimizer.beta2 ?? NaN, why: "WGAN-GP's Adam β₂ in the wgan-gp preset" },
];
