import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from '../../lib/content/cell-runner';

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
