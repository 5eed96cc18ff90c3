import { readFileSync } from 'node:fs';
import type { ProseNumber } from '../../lib/content/prose-numbers';
import { numberInCell } from '../../lib/content/cell-runner';
import { dataArray } from '../../lib/ml/data';
import { sigmoid } from './saturation';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const shift = numberInCell(mdx, 'saturating-vs-non-saturating', /\.map\(\(v\) => v \+ ([\d.]+)\)/);
const gauss = dataArray('two-gaussians', 20000);
const meanOf = (axis: number) => gauss.filter((_, i) => i % 2 === axis).reduce((s, v) => s + v, 0) / (gauss.length / 2);

export const proseNumbers: ProseNumber[] = [
  { text: '0.0067', value: sigmoid(-5), why: 'D(G(z)) = σ(−5)' },
  { text: '148', value: (1 - sigmoid(-5)) / sigmoid(-5), why: 'how much harder −log σ(a) pushes than log(1 − σ(a)) at a = −5' },
  // Both coordinates of the shifted two-Gaussians data sit “around” 3.5: within 0.1.
  { text: '3.5', value: shift + meanOf(0), within: 0.1, why: 'the mean x of the saturation cell’s data' },
  { text: '3.5', value: shift + meanOf(1), within: 0.1, why: 'the mean y of the saturation cell’s data' },
  {
    text: '0.1',
    value: numberInCell(mdx, 'ring-mode-collapse', /ringModes\(\{ std: ([\d.]+) \}\)/),
    why: 'the ring’s per-mode standard deviation in the cell',
  },
  {
    text: '0.005',
    value: 10 * numberInCell(mdx, 'ring-mode-collapse', /const D_LR = ([\d.]+);/),
    why: 'the suggested D_LR, ten times the cell’s; ring-runs.test.ts checks the outcome',
  },
  {
    text: '0.005',
    value: numberInCell(mdx, 'ring-mode-collapse', /const G_LR = ([\d.]+);/),
    why: '“as quick as the generator”: the cell’s G_LR',
  },
  {
    text: '0.3',
    value: numberInCell(mdx, 'collapse-rate', /outcomes\(1000, \{ within: ([\d.]+) \}\)/),
    why: 'the radius within which a sample counts for a mode in the collapse-rate cell',
  },
  {
    text: '0.3',
    value: 3 * numberInCell(mdx, 'ring-mode-collapse', /ringModes\(\{ std: ([\d.]+) \}\)/),
    why: '“the same loose radius as the cell above”: 3 std of the ring-mode-collapse cell’s modes',
  },
  { text: '0.2', value: 0.2, why: 'DCGAN’s leaky slope, also lib/ml’s default leakySlope' },
  { text: '0.9', value: 0.9, why: 'the one-sided smoothing target (Salimans et al. 2016), a given' },
];
