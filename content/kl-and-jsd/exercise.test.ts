import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from '../../lib/content/cell-runner';

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
