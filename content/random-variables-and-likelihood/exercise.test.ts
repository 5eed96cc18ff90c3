import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseOf, runExercise } from '../../lib/content/cell-runner';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const run = (code: string) => runExercise(mdx, 'mixture-log-lik', code);
const failures = async (code: string) => (await run(code)).filter((c) => !c.passed).map((c) => c.message ?? '');

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

describe('exercise mixture-log-lik: the checks pass the solution and name each usual slip', () => {
  it('the solution passes every check, and the starter passes none', async () => {
    const solution = await run(exerciseOf(mdx, 'mixture-log-lik').solution);
    expect(solution.length).toBe(3);
    expect(solution.every((c) => c.passed)).toBe(true);
    expect((await run(exerciseOf(mdx, 'mixture-log-lik').starter)).some((c) => c.passed)).toBe(false);
  });

  it('my own attempt written differently (explicit loops) passes', async () => {
    expect(await failures(attempt(right))).toEqual([]);
  });

  it.each([
    ['left out the weights π_k', attempt('- Math.log(stds[k] * Math.sqrt(2 * Math.PI)) - (x - means[k]) ** 2 / (2 * stds[k] ** 2)')],
    ['left out the normalising constant', attempt('Math.log(w) - (x - means[k]) ** 2 / (2 * stds[k] ** 2)')],
    [
      'divided by 2σ_k instead of 2σ_k²',
      attempt('Math.log(w) - Math.log(stds[k] * Math.sqrt(2 * Math.PI)) - (x - means[k]) ** 2 / (2 * stds[k])'),
    ],
    ['returned the sum over the data', attempt(right, undefined, 'total')],
    [
      'averaged the log-densities of the components',
      attempt(right, 'logTerms.reduce((s, l, k) => s + weights[k] * (l - Math.log(weights[k])), 0)'),
    ],
    ['the density underflowed to 0 before the log', attempt(right, 'Math.log(logTerms.reduce((s, l) => s + Math.exp(l), 0))')],
  ])('names the slip: %s', async (slip, code) => {
    const messages = await failures(code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.includes(slip))).toBe(true);
  });
});
