import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from '../../lib/content/cell-runner';

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

describe(`exercise ${ID}: the checks pass the solution and name each typical mistake`, () => {
  let report: AttemptsReport;
  beforeAll(async () => {
    report = await tryAttempts(mdx, ID, attempts);
  });

  it('the solution passes every check, and the starter does not', () => {
    expect(report.solution.length).toBeGreaterThan(0);
    expect(report.solution.filter((c) => !c.passed)).toEqual([]);
    expect(report.starter.every((c) => c.passed)).toBe(false);
  });

  it.each(attempts.map((a, i) => [a.slip, i] as const))('names the mistake: %s', (slip, i) => {
    expect(
      report.named[i].some((say) => say.includes(slip)),
      `named: ${JSON.stringify(report.named[i])}`,
    ).toBe(true);
  });

  it('every mistake the checks list is one that an attempt above makes', () => {
    expect(report.neverNamed).toEqual([]);
  });
});
