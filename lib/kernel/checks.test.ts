import { describe, expect, it } from 'vitest';
import { CheckFailure, assert, closeTo, mistake, runCheck, type CheckOutcome } from './checks';

/** What a check whose function runs `fn` reports. */
const outcome = (fn: () => unknown): Promise<CheckOutcome> => runCheck(fn);

// A KL exercise's check: the right value, and the ones the usual slips give.
const kl = (p: number[], q: number[]) => p.reduce((s, pi, i) => (pi > 0 ? s + pi * Math.log(pi / q[i]) : s), 0);
const P = [0.9, 0.1];
const Q = [0.2, 0.8];
const slips = [
  { value: kl(Q, P), say: 'you swapped the arguments: KL(Q‖P) instead of KL(P‖Q)' },
  { value: kl(P, Q) / Math.LN2, say: 'you used log base 2' },
  { when: (v: unknown) => Number.isNaN(v), say: 'a 0 · log 0 term gave NaN' },
];

describe('closeTo with typical mistakes', () => {
  it('passes the right answer, whatever mistakes are listed', async () => {
    expect(await outcome(() => closeTo(kl(P, Q), kl(P, Q), 1e-12, slips))).toEqual({ passed: true });
  });

  it('names the mistake a wrong value matches, beside expected vs actual', async () => {
    expect(await outcome(() => closeTo(kl(Q, P), kl(P, Q), 1e-9, slips))).toEqual({
      passed: false,
      message: `expected ${kl(P, Q)} ± 1e-9, got ${kl(Q, P)}`,
      mistake: 'you swapped the arguments: KL(Q‖P) instead of KL(P‖Q)',
    });
    expect((await outcome(() => closeTo(kl(P, Q) / Math.LN2, kl(P, Q), 1e-9, slips))).mistake).toBe('you used log base 2');
  });

  it('matches with `when` too, and a `when` that throws on an odd value matches nothing', async () => {
    expect((await outcome(() => closeTo(NaN, 1, 1e-9, slips))).mistake).toBe('a 0 · log 0 term gave NaN');
    const shapes = [{ when: (v: unknown) => (v as { shape: number[] }).shape[1] === 3, say: 'wrong shape' }];
    expect(await outcome(() => closeTo(undefined, 1, 1e-9, shapes))).toEqual({
      passed: false,
      message: 'expected 1 ± 1e-9, got undefined',
    });
  });

  it('names nothing for a wrong answer that is no known mistake', async () => {
    expect(await outcome(() => closeTo(0.123, kl(P, Q), 1e-9, slips))).toEqual({
      passed: false,
      message: `expected ${kl(P, Q)} ± 1e-9, got 0.123`,
    });
  });

  it('compares with a mistake’s own tolerance when it has one, else the check’s, relative for values above 1', async () => {
    const loose = [{ value: 2, tol: 0.1, say: 'about two' }];
    expect((await outcome(() => closeTo(2.05, 1, 1e-9, loose))).mistake).toBe('about two');
    expect((await outcome(() => closeTo(2.05, 1, 1e-9, [{ value: 2, say: 'exactly two' }]))).mistake).toBeUndefined();
    // A sum of 20 KLs, exponentiated: 1e20 computed two ways differs in far more than 1e-9.
    const huge = Math.exp(20 * Math.log(10));
    expect((await outcome(() => closeTo(huge * (1 + 1e-12), 10, 1e-9, [{ value: huge, say: 'summed' }]))).mistake).toBe('summed');
    expect((await outcome(() => closeTo(huge * (1 + 1e-6), 10, 1e-9, [{ value: huge, say: 'summed' }]))).mistake).toBeUndefined();
  });

  it('names the first listed mistake that matches', async () => {
    const both = [
      { value: 2, say: 'first' },
      { when: () => true, say: 'second' },
    ];
    expect((await outcome(() => closeTo(2, 1, 1e-9, both))).mistake).toBe('first');
  });

  it('refuses a malformed list with a message saying how to write one', async () => {
    const bad = await outcome(() => closeTo(1, 2, 1e-9, [{ value: 1 }] as never));
    expect(bad.passed).toBe(false);
    expect(bad.message).toMatch(
      /^TypeError: closeTo\(actual, expected, tol, mistakes\): mistakes is a list of \{ value: number, say: "…" \}/,
    );
    expect((await outcome(() => closeTo(1, 1, 1e-9, 'oops' as never))).message).toMatch(/^TypeError: closeTo/);
  });
});

describe('mistake and assert', () => {
  it('mistake(say) fails the check naming the mistake; a detail replaces the message', async () => {
    expect(await outcome(() => mistake('you returned one logit per class'))).toEqual({
      passed: false,
      message: 'you returned one logit per class',
      mistake: 'you returned one logit per class',
    });
    expect(await outcome(() => mistake('you returned one logit per class', 'got shape [2, 4]'))).toEqual({
      passed: false,
      message: 'got shape [2, 4]',
      mistake: 'you returned one logit per class',
    });
  });

  it('reports synchronous checks in the order they were written, failing or passing', async () => {
    const order: string[] = [];
    await Promise.all([
      runCheck(() => assert(false, 'x')).then(() => order.push('fails')),
      runCheck(() => true).then(() => order.push('passes')),
      runCheck(() => mistake('y')).then(() => order.push('named')),
    ]);
    expect(order).toEqual(['fails', 'passes', 'named']);
  });

  it('an infinite wrong value matches only itself', async () => {
    const inf = [{ value: Infinity, say: 'infinite' }];
    expect((await outcome(() => closeTo(0, 1, 1e-9, inf))).mistake).toBeUndefined();
    expect((await outcome(() => closeTo(Infinity, 1, 1e-9, inf))).mistake).toBe('infinite');
  });

  it('assert fails with its message and names no mistake; other errors are reported by name', async () => {
    expect(await outcome(() => assert(false, 'p must sum to 1'))).toEqual({ passed: false, message: 'p must sum to 1' });
    expect(await outcome(() => false)).toEqual({ passed: false, message: 'expected true, got false' });
    expect(
      await outcome(() => {
        throw new RangeError('too far');
      }),
    ).toEqual({ passed: false, message: 'RangeError: too far' });
    expect(new CheckFailure('m', 's').mistake).toBe('s');
  });
});
