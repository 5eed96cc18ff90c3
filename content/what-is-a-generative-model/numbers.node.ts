import { readFileSync } from 'node:fs';
import type { ProseNumber } from '../../lib/content/prose-numbers';
import { numberInCell } from '../../lib/content/cell-runner';
import { densityAt, pushforwardSlope } from './pushforward';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const phi0 = 1 / Math.sqrt(2 * Math.PI);

export const proseNumbers: ProseNumber[] = [
  { text: '0.5', value: numberInCell(mdx, 'fit-gaussian', /stds: \[([\d.]+)\]/), why: 'the fitted data are N(2, 0.5²) in the cell' },
  { text: '1.5', value: 1.5, why: 'the bend b set in the pushforward quiz' },
  { text: '0.001', value: 0.001, why: 'the quiz tolerance, a given' },
  { text: '0.399', value: phi0, why: 'φ(0) = 1/√(2π)' },
  { text: '0.0997', value: densityAt(0, 1.5), why: 'p(0) for b = 1.5 by the change of variables' },
  { text: '4', value: pushforwardSlope(0, 1.5), why: "the stretch f'(0) = 1 + 2b at b = 1.5" },
];
