import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const ID = 'power-iteration';

// A learner's attempt: the solution with the v step, the normalisation or the result changed.
const attempt = ({ vStep = 'timesT(u)', normalise = true, result = 'u.reduce((s, a, i) => s + a * wv[i], 0)' } = {}) => `
function topSingularValue(W, iterations = 100) {
  const m = W.length, n = W[0].length;
  const norm = (x) => Math.sqrt(x.reduce((s, a) => s + a * a, 0));
  const times = (x) => W.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
  const timesT = (y) => Array.from({ length: n }, (_, j) => W.reduce((s, row, i) => s + row[j] * y[i], 0));
  let v = new Array(n).fill(1);
  let u = new Array(m).fill(0);
  for (let k = 0; k < iterations; k++) {
    const wv = times(v);
    u = ${normalise ? 'wv.map((a) => a / norm(wv))' : 'wv'};
    const wtu = ${vStep};
    v = ${normalise ? 'wtu.map((a) => a / norm(wtu))' : 'wtu'};
  }
  const wv = times(v);
  return ${result};
}`;

const attempts: Attempt[] = [
  { slip: 'you returned σ²', code: attempt({ result: 'norm(wv) ** 2' }) },
  { slip: 'multiplied by W where Wᵀ belongs', code: attempt({ vStep: 'times(u)' }) },
  { slip: 'the result blew up', code: attempt({ normalise: false }) },
  { slip: 'you returned vᵀWv', code: attempt({ result: 'v.reduce((s, a, i) => s + a * wv[i], 0)' }) },
];

describeExerciseMistakes(mdx, ID, attempts);
