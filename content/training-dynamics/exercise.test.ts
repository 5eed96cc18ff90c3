import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from '../../lib/content/cell-runner';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'ns-generator-loss';

const softplus = 'const softplus = (u) => Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));';
// A learner's attempt: each sample's term, and what is returned.
const attempt = (perSample: string, finish = 's / fakeLogits.length') =>
  `${softplus}\nfunction gLossNS(fakeLogits) { const s = fakeLogits.reduce((t, a) => t + (${perSample}), 0); return ${finish}; }`;

const attempts: Attempt[] = [
  { slip: 'the saturating loss', code: attempt('-softplus(a)') },
  { slip: 'the slope vanishes', code: attempt('-softplus(a)') },
  { slip: 'the discriminator’s loss on fakes', code: attempt('softplus(a)') },
  { slip: 'dropped the minus sign', code: attempt('-softplus(-a)') },
  { slip: 'the sum over the batch', code: attempt('softplus(-a)', 's') },
  { slip: 'Use softplus(−a) instead of −log(sigmoid(a))', code: attempt('-Math.log(1 / (1 + Math.exp(-a)))') },
];

it('an attempt written another way (−log σ(a) through log1p(e^−a) for a > 0) passes', async () => {
  const report = await tryAttempts(mdx, ID, [
    { slip: '', code: attempt('a > 0 ? Math.log1p(Math.exp(-a)) : -a + Math.log1p(Math.exp(a))') },
  ]);
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
