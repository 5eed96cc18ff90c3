import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'inception-score';

// A learner's attempt: the solution's structure with the marginal, the KL term or the result changed.
const attempt = ({
  marginal = 'for (const row of probs) row.forEach((p, c) => { marginal[c] += p / n; });',
  term = 'if (p > 0) meanKl += p * Math.log(p / marginal[c]) / n;',
  result = 'Math.exp(meanKl)',
} = {}) => `
function inceptionScore(probs) {
  const n = probs.length, K = probs[0].length;
  const marginal = new Array(K).fill(0);
  ${marginal}
  let meanKl = 0;
  for (const row of probs) row.forEach((p, c) => { ${term} });
  return ${result};
}`;

const attempts: Attempt[] = [
  { slip: 'returned the mean KL', code: attempt({ result: 'meanKl' }) },
  { slip: 'summed the KLs over the rows', code: attempt({ term: 'if (p > 0) meanKl += p * Math.log(p / marginal[c]);' }) },
  { slip: 'swapped the arguments of KL', code: attempt({ term: 'if (p > 0) meanKl += marginal[c] * Math.log(marginal[c] / p) / n;' }) },
  { slip: 'the uniform distribution 1/K', code: attempt({ marginal: 'marginal.fill(1 / K);' }) },
  { slip: 'log base 2', code: attempt({ term: 'if (p > 0) meanKl += p * Math.log2(p / marginal[c]) / n;' }) },
  { slip: 'compared with itself', code: attempt({ term: 'if (p > 0) meanKl += p * Math.log(p / row[c]) / n;' }) },
  { slip: '0 · log 0', code: attempt({ term: 'meanKl += p * Math.log(p / marginal[c]) / n;' }) },
];

describeExerciseMistakes(mdx, ID, attempts);
