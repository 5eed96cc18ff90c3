import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { tryAttempts, type Attempt } from '../../lib/content/cell-runner';
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
