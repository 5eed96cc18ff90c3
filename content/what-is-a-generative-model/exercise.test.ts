import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from '../../lib/content/cell-runner';

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
