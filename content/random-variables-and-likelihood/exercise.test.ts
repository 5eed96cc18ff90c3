import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from '../../lib/content/cell-runner';

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
