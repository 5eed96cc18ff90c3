import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseOf, runExercise } from '../../lib/content/cell-runner';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const run = (code: string) => runExercise(mdx, 'ns-generator-loss', code);
const failures = async (code: string) => (await run(code)).filter((c) => !c.passed).map((c) => c.message ?? '');
const softplus = 'const softplus = (u) => Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));';
const attempt = (perSample: string, finish = 's / fakeLogits.length') =>
  `${softplus}\nfunction gLossNS(fakeLogits) { const s = fakeLogits.reduce((t, a) => t + (${perSample}), 0); return ${finish}; }`;

describe('exercise ns-generator-loss: the checks pass the solution and name each usual slip', () => {
  it('the solution passes every check, and the starter passes none', async () => {
    const solution = await run(exerciseOf(mdx, 'ns-generator-loss').solution);
    expect(solution.length).toBe(4);
    expect(solution.every((c) => c.passed)).toBe(true);
    expect((await run(exerciseOf(mdx, 'ns-generator-loss').starter)).some((c) => c.passed)).toBe(false);
  });

  it('an attempt written another way (−log σ(a) through log1p(e^−a) for a > 0) passes', async () => {
    expect(await failures(attempt('a > 0 ? Math.log1p(Math.exp(-a)) : -a + Math.log1p(Math.exp(a))'))).toEqual([]);
  });

  it.each([
    ['the saturating loss', attempt('-softplus(a)')],
    ["the discriminator's loss on fakes", attempt('softplus(a)')],
    ['dropped the minus sign', attempt('-softplus(-a)')],
    ['the sum over the batch', attempt('softplus(-a)', 's')],
    ['Use softplus(−a) instead of −log(sigmoid(a))', attempt('-Math.log(1 / (1 + Math.exp(-a)))')],
  ])('names the slip: %s', async (slip, code) => {
    const messages = await failures(code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.includes(slip))).toBe(true);
  });
});
