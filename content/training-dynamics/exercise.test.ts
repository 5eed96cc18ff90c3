import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it, vi } from 'vitest';
import { exerciseOf, tryAttempts, type Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

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

describeExerciseMistakes(mdx, ID, attempts);

// The population exercise: design a sweep, conclude from the counts.
const SWEEP_ID = 'collapse-sweep';

// Each attempt trains its sweep (the shared describe block runs them all in one beforeAll): wasm
// keeps the ten runs to a few minutes.
vi.setConfig({ hookTimeout: 900_000 });
beforeAll(async () => {
  await tf.setBackend('wasm');
});

const { solution } = exerciseOf(mdx, SWEEP_ID);
/** The solution with one piece of text replaced: a learner's slip. */
const slip = (from: string, to: string): string => {
  if (!solution.includes(from)) throw new Error(`the solution no longer contains ${from}`);
  return solution.replace(from, to);
};
const DESIGN = "const design = { param: 'dLr', values: [0.003, 0.01, 0.03], seeds: [1, 2, 3, 4, 5, 6, 7, 8] };";
const RULE = "return d > 2 * se ? 'more' : d < -2 * se ? 'less' : 'unclear';";

const sweepAttempts: Attempt[] = [
  { slip: 'the question is about the discriminator’s learning rate', code: slip(DESIGN, DESIGN.replace("'dLr'", "'gLr'")) },
  { slip: 'sweep at least three values', code: slip(DESIGN, DESIGN.replace('[0.003, 0.01, 0.03]', '[0.003, 0.03]')) },
  {
    slip: 'make the largest at least ten times the smallest',
    code: slip(DESIGN, DESIGN.replace('[0.003, 0.01, 0.03]', '[0.01, 0.015, 0.02]')),
  },
  { slip: 'use at least 8 seeds per value', code: slip(DESIGN, DESIGN.replace('[1, 2, 3, 4, 5, 6, 7, 8]', '[1, 2, 3]')) },
  { slip: 'you called every difference a trend', code: slip(RULE, "return d > 0 ? 'more' : d < 0 ? 'less' : 'unclear';") },
  { slip: 'you used one standard error as the bar', code: slip(RULE, "return d > se ? 'more' : d < -se ? 'less' : 'unclear';") },
  { slip: 'the other way round', code: slip(RULE, "return -d > 2 * se ? 'more' : -d < -2 * se ? 'less' : 'unclear';") },
  {
    slip: 'your run’s tallies',
    code: slip('const conclusion = conclude(sweepRates);', "const conclusion = conclude(sweepRates) === 'more' ? 'unclear' : 'more';"),
  },
];

describeExerciseMistakes(mdx, SWEEP_ID, sweepAttempts);
