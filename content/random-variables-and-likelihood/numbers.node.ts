import { readFileSync } from 'node:fs';
import type { ProseNumber } from '../../lib/content/prose-numbers';
import { cellsOf, numberInCell } from '../../lib/content/cell-runner';
import { geometricMle } from './likelihood';
import { gapAt } from './kde-dimension.node';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const pTrue = numberInCell(mdx, 'gen-geom', /const pTrue = ([\d.]+);/);
const authorSeed = cellsOf(mdx).find((c) => c.id === 'kde-dimension')!.seed!;

export const proseNumbers: ProseNumber[] = [
  { text: '3.3', value: 1 / pTrue, why: 'the mean number of flips 1/p of gen_geom(0.3)' },
  { text: '0.3', value: pTrue, why: 'the true p of the gen-geom cell' },
  { text: '0.5', value: geometricMle([2, 1, 4, 1, 2]), why: 'the MLE 1/x̄ for the quiz data {2, 1, 4, 1, 2}' },
  { text: '0.005', value: 0.005, why: 'the quiz tolerance, a given' },
  { text: '3.1', value: 3.1, why: 'the NLL quiz starting value, a given' },
  { text: '2.1', value: 2.1, why: 'the NLL quiz final value, a given; the answer is their difference' },
  { text: '0.1', value: 0.1, why: 'the example cube side h, a given' },
  // A seeded outcome: the cell's own run (seed 5); kde-dimension.test.ts checks it across seeds.
  { text: '0.12', value: () => gapAt(authorSeed, 32), within: 0.015, why: 'loss per coordinate of the best Parzen estimate at d = 32' },
  {
    text: '4',
    value: async () => 32 * (await gapAt(authorSeed, 32)),
    within: 0.5,
    why: 'the same loss for a whole 32-dimensional point ("about 4 nats")',
  },
];
