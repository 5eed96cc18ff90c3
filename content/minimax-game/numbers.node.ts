import type { ProseNumber } from '../../lib/content/prose-numbers';
import { PRESETS } from '../../lib/ml/presets';

const ganlab = PRESETS['ganlab-default'];
const realWeight = ganlab.realWeight ?? 1;

export const proseNumbers: ProseNumber[] = [
  { text: '-1.386', value: -Math.log(4), why: 'V at the optimum, −log 4' },
  { text: '0.5', value: 0.5, why: 'the suggested LR (a given)' },
  { text: '1.25', value: 1 + 0.5 ** 2, why: '1 + η² at η = 0.5' },
  { text: '1.12', value: Math.sqrt(1 + 0.5 ** 2), why: 'the radius factor √(1 + η²)' },
  { text: '0.1', value: ganlab.dOptimizer.lr, why: "ganlab-default's discriminator learning rate" },
  { text: '0.03', value: ganlab.gOptimizer.lr, why: "ganlab-default's generator learning rate" },
  { text: '0.95', value: realWeight, why: "ganlab-default's weight on the real term" },
  { text: '1.95', value: 1 + realWeight, why: '(1 + 0.95): the discriminator loss at D = ½ in units of log 2' },
  { text: '1.386', value: 2 * Math.log(2), why: 'the unweighted discriminator loss at D = ½' },
  { text: '1.35', value: (1 + realWeight) * Math.log(2), why: 'the weighted discriminator loss at D = ½' },
  { text: '0.69', value: Math.log(2), why: 'the generator loss −log ½' },
];
