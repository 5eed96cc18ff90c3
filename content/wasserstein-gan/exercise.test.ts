import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'gradient-penalty';

// A learner's attempt: the solution with one line changed.
const attempt = ({
  xHat = 'tf.add(tf.mul(eps, real), tf.mul(tf.sub(1, eps), fake))',
  norms = 'tf.sqrt(tf.add(tf.sum(tf.square(grads), 1), 1e-12))',
  result = 'tf.mul(lambda, tf.mean(tf.square(tf.sub(norms, 1))))',
} = {}) => `
function gradientPenalty(critic, real, fake, eps, lambda = 10) {
  const xHat = ${xHat};
  const grads = tf.grad((x) => tf.sum(critic(x)))(xHat);
  const norms = ${norms};
  return ${result};
}`;

const attempts: Attempt[] = [
  { slip: 'penalised the squared norm', code: attempt({ norms: 'tf.sum(tf.square(grads), 1)' }) },
  { slip: 'one norm of the whole batch', code: attempt({ norms: 'tf.sqrt(tf.sum(tf.square(grads)))' }) },
  { slip: 'left out the square', code: attempt({ result: 'tf.mul(lambda, tf.mean(tf.sub(norms, 1)))' }) },
  { slip: 'left out λ', code: attempt({ result: 'tf.mean(tf.square(tf.sub(norms, 1)))' }) },
  { slip: 'summed over the samples', code: attempt({ result: 'tf.mul(lambda, tf.sum(tf.square(tf.sub(norms, 1))))' }) },
  { slip: 'put eps on the fake sample', code: attempt({ xHat: 'tf.add(tf.mul(eps, fake), tf.mul(tf.sub(1, eps), real))' }) },
  { slip: 'without its weight (1 − eps)', code: attempt({ xHat: 'tf.add(tf.mul(eps, real), fake)' }) },
  { slip: 'one penalty per sample', code: attempt({ result: 'tf.mul(lambda, tf.square(tf.sub(norms, 1)))' }) },
  { slip: 'a plain number', code: attempt({ result: 'lambda * tf.mean(tf.square(tf.sub(norms, 1))).dataSync()[0]' }) },
  {
    slip: 'lost its link to the critic’s weights',
    code: attempt({ result: 'tf.scalar(lambda * tf.mean(tf.square(tf.sub(norms, 1))).dataSync()[0])' }),
  },
];

describeExerciseMistakes(mdx, ID, attempts);
