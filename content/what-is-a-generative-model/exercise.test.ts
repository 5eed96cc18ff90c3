import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'gaussian-loglik';

// A learner's attempt: one point's term, and what is returned.
const attempt = (term: string, finish = 'total / xs.length') => `
function logLikelihood(xs, mu, sigma) {
  let total = 0;
  for (const x of xs) total += ${term};
  return ${finish};
}`;
const right = '-Math.log(sigma) - 0.5 * Math.log(2 * Math.PI) - (x - mu) ** 2 / (2 * sigma ** 2)';

const attempts: Attempt[] = [
  { slip: 'the sum of the log densities', code: attempt(right, 'total') },
  { slip: 'divided (x − μ)² by 2σ', code: attempt('-Math.log(sigma) - 0.5 * Math.log(2 * Math.PI) - (x - mu) ** 2 / (2 * sigma)') },
  { slip: 'the wrong sign', code: attempt('-Math.log(sigma) - 0.5 * Math.log(2 * Math.PI) + (x - mu) ** 2 / (2 * sigma ** 2)') },
  { slip: 'log σ² = 2 log σ', code: attempt('-Math.log(sigma ** 2) - 0.5 * Math.log(2 * Math.PI) - (x - mu) ** 2 / (2 * sigma ** 2)') },
];

describeExerciseMistakes(mdx, ID, attempts);
