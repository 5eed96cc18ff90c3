/**
 * Reading and grading numeric answers. Learners type numbers in many ways (`0.69`, `.5`, `-2`,
 * `1e-3`, `1 000`, `−2` with a typographic minus, or with the unit after it); anything else is
 * rejected with a message saying what a number looks like, and does not count as an attempt.
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const HOW = 'Enter a number such as 0.69, -2, .5 or 1e-3.';

export function parseNumber(input: string, unit?: string): ParsedNumber {
  let text = input.trim().replace(/[\u2212\u2013]/g, '-');
  if (unit && text.toLowerCase().endsWith(unit.toLowerCase())) text = text.slice(0, -unit.length).trim();
  // Spaces may group digits or follow the sign ("1 000", "- 2"); they never change the value.
  text = text.replace(/\s+/g, '');
  if (text === '') return { ok: false, error: `The answer is empty. ${HOW}` };
  if (/^[+-]?\d*,\d+$/.test(text))
    return { ok: false, error: `"${input.trim()}" uses a comma; write the decimal point as a dot, e.g. ${text.replace(',', '.')}.` };
  if (!NUMBER.test(text)) return { ok: false, error: `"${input.trim()}" is not a number. ${HOW}` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: `"${input.trim()}" is too large to be a useful answer. ${HOW}` };
  return { ok: true, value };
}

export type NumericGrade =
  { ok: true; correct: boolean; value: number; direction: 'low' | 'high' | 'within' } | { ok: false; error: string };

/**
 * Right when |value − answer| ≤ tolerance. A relative slack of a few ulps keeps answers that sit
 * exactly on the edge (0.688 for 0.693 ± 0.005) from failing on floating-point rounding.
 */
export function gradeNumeric(input: string, answer: number, tolerance = 0, unit?: string): NumericGrade {
  if (!Number.isFinite(answer)) return { ok: false, error: `the quiz's answer ${answer} is not a finite number` };
  if (!(tolerance >= 0) || !Number.isFinite(tolerance))
    return { ok: false, error: `the quiz's tolerance ${tolerance} must be a number ≥ 0` };
  const parsed = parseNumber(input, unit);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  const slack = 1e-9 * Math.max(Math.abs(answer), tolerance, Number.MIN_VALUE);
  const off = value - answer;
  if (Math.abs(off) <= tolerance + slack) return { ok: true, correct: true, value, direction: 'within' };
  return { ok: true, correct: false, value, direction: off < 0 ? 'low' : 'high' };
}

export { formatTarget } from './display';
