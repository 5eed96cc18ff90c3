import { describe, expect, it } from 'vitest';
import { formatTarget, gradeNumeric, parseNumber } from './numeric';

describe('parseNumber', () => {
  it.each([
    ['0.69', 0.69],
    ['  0.69 ', 0.69],
    ['.5', 0.5],
    ['-2', -2],
    ['- 2', -2],
    ['\u22122', -2],
    ['+3', 3],
    ['1e-3', 0.001],
    ['1E3', 1000],
    ['2.', 2],
    ['1 000', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it('drops the unit when the learner types it', () => {
    expect(parseNumber('0.69 nats', 'nats')).toEqual({ ok: true, value: 0.69 });
    expect(parseNumber('0.69nats', 'nats')).toEqual({ ok: true, value: 0.69 });
  });

  it.each(['', '   ', 'abc', 'ln 2', '1/2', '0.6.9', 'e3', '1e', '--2', '0x10', 'Infinity', 'NaN'])('rejects %j with a message', (text) => {
    const r = parseNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Enter a number such as 0.69/);
  });

  it('explains that a decimal comma should be a dot', () => {
    expect(parseNumber('0,69')).toEqual({ ok: false, error: '"0,69" uses a comma; write the decimal point as a dot, e.g. 0.69.' });
  });

  it('rejects numbers too large to be finite', () => {
    expect(parseNumber('1e999').ok).toBe(false);
  });
});

describe('gradeNumeric', () => {
  const ln2 = Math.log(2);

  it('accepts answers within the tolerance and says which side a miss is on', () => {
    expect(gradeNumeric('0.69', ln2, 0.005)).toEqual({ ok: true, correct: true, value: 0.69, direction: 'within' });
    expect(gradeNumeric('0.7', ln2, 0.005)).toMatchObject({ ok: true, correct: false, direction: 'high' });
    expect(gradeNumeric('0.68', ln2, 0.005)).toMatchObject({ ok: true, correct: false, direction: 'low' });
  });

  it('includes both edges of the interval despite floating-point rounding', () => {
    // 0.693 - 0.005 = 0.688 exactly on paper; in doubles 0.693 - 0.688 = 0.0050000000000000044.
    expect(gradeNumeric('0.688', 0.693, 0.005)).toMatchObject({ correct: true });
    expect(gradeNumeric('0.698', 0.693, 0.005)).toMatchObject({ correct: true });
    expect(gradeNumeric('0.6879', 0.693, 0.005)).toMatchObject({ correct: false });
    expect(gradeNumeric('0.6981', 0.693, 0.005)).toMatchObject({ correct: false });
  });

  it('needs the exact value when the tolerance is zero', () => {
    expect(gradeNumeric('-2', -2)).toMatchObject({ correct: true });
    expect(gradeNumeric('-2.0001', -2)).toMatchObject({ correct: false, direction: 'low' });
    expect(gradeNumeric('0', 0)).toMatchObject({ correct: true });
    expect(gradeNumeric('1e-300', 0)).toMatchObject({ correct: false });
  });

  it('handles small answers written in scientific notation', () => {
    expect(gradeNumeric('1e-3', 0.001, 1e-5)).toMatchObject({ correct: true });
    expect(gradeNumeric('0.0011', 0.001, 1e-5)).toMatchObject({ correct: false, direction: 'high' });
  });

  it('passes on what the learner typed wrong without grading it', () => {
    expect(gradeNumeric('about 0.7', ln2, 0.01).ok).toBe(false);
  });

  it('rejects a negative or non-finite tolerance and a non-finite answer', () => {
    expect(gradeNumeric('1', 1, -0.1)).toEqual({ ok: false, error: "the quiz's tolerance -0.1 must be a number ≥ 0" });
    expect(gradeNumeric('1', 1, Number.NaN).ok).toBe(false);
    expect(gradeNumeric('1', Number.NaN, 0.1).ok).toBe(false);
  });
});

describe('formatTarget', () => {
  it('shows the tolerance and unit only when there are some', () => {
    expect(formatTarget(0.693, 0.005, 'nats')).toBe('0.693 ± 0.005 nats');
    expect(formatTarget(-2)).toBe('-2');
  });
});
