import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'jsd-discrete';

// A learner's attempt: how each term is added, the mixture's weight and the logarithm.
const attempt = (terms: string, w = '0.5', log = 'Math.log') => `
function jsd(p, q) {
  const log = ${log};
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    const m = ${w} * (p[i] + q[i]);
    ${terms}
  }
  return d;
}`;
const right = 'if (p[i] > 0) d += 0.5 * p[i] * log(p[i] / m); if (q[i] > 0) d += 0.5 * q[i] * log(q[i] / m);';

const attempts: Attempt[] = [
  {
    slip: 'left out the ½ in front of each KL',
    code: attempt('if (p[i] > 0) d += p[i] * log(p[i] / m); if (q[i] > 0) d += q[i] * log(q[i] / m);'),
  },
  { slip: 'forgot the ½ in the mixture', code: attempt(right, '1') },
  { slip: 'swapped the arguments of KL', code: attempt('d += 0.5 * m * log(m / p[i]) + 0.5 * m * log(m / q[i]);') },
  { slip: 'you computed KL(P‖Q)', code: attempt('if (p[i] > 0) d += p[i] * log(p[i] / q[i]);') },
  { slip: 'log base 2', code: attempt(right, '0.5', 'Math.log2') },
  { slip: '0 · log 0', code: attempt('d += 0.5 * p[i] * log(p[i] / m) + 0.5 * q[i] * log(q[i] / m);') },
];

describeExerciseMistakes(mdx, ID, attempts);
