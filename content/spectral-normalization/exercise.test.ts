import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from '../../lib/content/cell-runner';

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
