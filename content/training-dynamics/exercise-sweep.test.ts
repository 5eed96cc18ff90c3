import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { beforeAll, vi } from 'vitest';
import { exerciseOf, type Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'collapse-sweep';

// Each attempt trains its sweep (the shared describe block runs them all in one beforeAll): wasm
// keeps the ten runs to a few minutes.
vi.setConfig({ hookTimeout: 900_000 });
beforeAll(async () => {
  await tf.setBackend('wasm');
});

const { solution } = exerciseOf(mdx, ID);
/** The solution with one piece of text replaced: a learner's slip. */
const slip = (from: string, to: string): string => {
  if (!solution.includes(from)) throw new Error(`the solution no longer contains ${from}`);
  return solution.replace(from, to);
};
const DESIGN = "const design = { param: 'dLr', values: [0.003, 0.01, 0.03], seeds: [1, 2, 3, 4, 5, 6, 7, 8] };";
const RULE = "return d > 2 * se ? 'more' : d < -2 * se ? 'less' : 'unclear';";

const attempts: Attempt[] = [
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

describeExerciseMistakes(mdx, ID, attempts);
