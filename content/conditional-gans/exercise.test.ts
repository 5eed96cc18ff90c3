import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'projection-output';

// A learner's attempt: the projection term added to the realism head (with its bias unless told).
const attempt = (match: string, realism = 'tf.add(tf.matMul(phi, psiW), psiB)') => `
function projectionLogits(phi, labels, psiW, psiB, embed) {
  return tf.tidy(() => tf.add(${realism}, ${match}));
}`;
const right = 'tf.sum(tf.mul(tf.gather(embed, labels), phi), 1, true)';

const attempts: Attempt[] = [
  { slip: 'left out the projection term', code: attempt('0') },
  { slip: 'left out the bias b', code: attempt(right, 'tf.matMul(phi, psiW)') },
  { slip: 'the embedding of label 0 for every row', code: attempt('tf.sum(tf.mul(tf.gather(embed, tf.zerosLike(labels)), phi), 1, true)') },
  { slip: 'summed the inner products over the whole batch', code: attempt('tf.sum(tf.mul(tf.gather(embed, labels), phi))') },
  { slip: 'one column per label, [n, K]', code: attempt('tf.matMul(phi, embed, false, true)') },
  { slip: 'one column per feature, [n, h]', code: attempt('tf.mul(tf.gather(embed, labels), phi)') },
  // The [n] projection term broadcasts against the [n, 1] head.
  { slip: 'an [n, n] table', code: attempt('tf.sum(tf.mul(tf.gather(embed, labels), phi), 1)') },
  {
    slip: 'you returned shape [n]',
    code: attempt('tf.sum(tf.mul(tf.gather(embed, labels), phi), 1)', 'tf.add(tf.squeeze(tf.matMul(phi, psiW), [1]), psiB)'),
  },
];

describeExerciseMistakes(mdx, ID, attempts);
