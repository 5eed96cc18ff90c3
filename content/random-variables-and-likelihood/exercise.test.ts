import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { tryAttempts, type Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'mixture-log-lik';

// A learner's attempt: the solution's structure with one slip swapped in.
const attempt = (
  logTerm: string,
  combine = 'm + Math.log(logTerms.reduce((s, l) => s + Math.exp(l - m), 0))',
  finish = 'total / xs.length',
) => `
function mixtureLogLik(xs, weights, means, stds) {
  let total = 0;
  for (const x of xs) {
    const logTerms = weights.map((w, k) => ${logTerm});
    const m = Math.max(...logTerms);
    total += ${combine};
  }
  return ${finish};
}`;
const right = 'Math.log(w) - Math.log(stds[k] * Math.sqrt(2 * Math.PI)) - (x - means[k]) ** 2 / (2 * stds[k] ** 2)';

const attempts: Attempt[] = [
  {
    slip: 'left out the weights π_k',
    code: attempt('- Math.log(stds[k] * Math.sqrt(2 * Math.PI)) - (x - means[k]) ** 2 / (2 * stds[k] ** 2)'),
  },
  { slip: 'left out the normalising constant', code: attempt('Math.log(w) - (x - means[k]) ** 2 / (2 * stds[k] ** 2)') },
  {
    slip: 'divided by 2σ_k instead of 2σ_k²',
    code: attempt('Math.log(w) - Math.log(stds[k] * Math.sqrt(2 * Math.PI)) - (x - means[k]) ** 2 / (2 * stds[k])'),
  },
  { slip: 'the sum over the data', code: attempt(right, undefined, 'total') },
  {
    slip: 'averaged the log-densities of the components',
    code: attempt(right, 'logTerms.reduce((s, l, k) => s + weights[k] * (l - Math.log(weights[k])), 0)'),
  },
  { slip: 'the density underflowed to 0 before the log', code: attempt(right, 'Math.log(logTerms.reduce((s, l) => s + Math.exp(l), 0))') },
];

it('my own attempt written differently (explicit loops) passes', async () => {
  const report = await tryAttempts(mdx, ID, [{ slip: '', code: attempt(right) }]);
  expect(report.named).toEqual([[]]);
});

describeExerciseMistakes(mdx, ID, attempts);
