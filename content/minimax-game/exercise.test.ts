import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'stable-d-loss';

// A learner's attempt: the loss from a softplus (the safe one unless given).
const safe = 'Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)))';
const attempt = (loss: string, softplus = safe) => `
function softplus(a) {
  return ${softplus};
}
function dLoss(realLogits, fakeLogits) {
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sum = (xs) => xs.reduce((s, x) => s + x, 0);
  return ${loss};
}`;
const right = 'mean(realLogits.map((a) => softplus(-a))) + mean(fakeLogits.map((a) => softplus(a)))';

const attempts: Attempt[] = [
  {
    slip: 'on the fakes you used −log D(G(z))',
    code: attempt('mean(realLogits.map((a) => softplus(-a))) + mean(fakeLogits.map((a) => softplus(-a)))'),
  },
  { slip: 'swapped the two terms', code: attempt('mean(realLogits.map((a) => softplus(a))) + mean(fakeLogits.map((a) => softplus(-a)))') },
  { slip: 'the sign is flipped', code: attempt(`-(${right})`) },
  {
    slip: 'one mean over the real and fake terms together',
    code: attempt('mean([...realLogits.map((a) => softplus(-a)), ...fakeLogits.map((a) => softplus(a))])'),
  },
  { slip: 'summed over each batch', code: attempt('sum(realLogits.map((a) => softplus(-a))) + sum(fakeLogits.map((a) => softplus(a)))') },
  { slip: 'e^a overflowed', code: attempt(right, 'Math.log(1 + Math.exp(a))') },
  {
    slip: 'e^a overflowed',
    code: attempt(
      'mean(realLogits.map((a) => -Math.log(1 / (1 + Math.exp(-a))))) + mean(fakeLogits.map((a) => -Math.log(1 - 1 / (1 + Math.exp(-a)))))',
    ),
  },
];

describeExerciseMistakes(mdx, ID, attempts);
