import { formatValue } from './format';

/**
 * What an exercise's check code calls: `closeTo`, `assert` and `mistake`, and how a check's
 * outcome is read from what its function returned or threw. The kernel (worker/api.ts) and the
 * Node test runner (lib/content/cell-runner.ts) use these same functions, so a mistake a unit test
 * sees named is named the same way in the learner's browser.
 */

/**
 * A typical wrong answer an author expects, and what to tell the learner who gives it. `value`:
 * the number that wrong answer produces (the check code computes it, e.g. with the arguments of a
 * KL swapped), matched within `tol` (unless given: the closeTo tolerance, times |value| when that is
 * above 1, since wrong answers are often large); or `when`: any test of the learner's value
 * (e.g. `Number.isNaN`).
 */
export interface Mistake {
  say: string;
  value?: number;
  tol?: number;
  when?: (actual: unknown) => unknown;
}

/** A failed `closeTo`/`assert`/`mistake` inside `check(name, fn)`: the message says what was expected. */
export class CheckFailure extends Error {
  constructor(
    message: string,
    /** The typical mistake the learner's answer matched, in the author's words. */
    readonly mistake?: string,
  ) {
    super(message);
    this.name = 'CheckFailure';
  }
}

export interface CheckOutcome {
  passed: boolean;
  message?: string;
  mistake?: string;
}

function readMistakes(list: unknown): Mistake[] {
  const usage =
    'closeTo(actual, expected, tol, mistakes): mistakes is a list of { value: number, say: "…" } or { when: (actual) => …, say: "…" }';
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new TypeError(usage);
  for (const m of list as unknown[]) {
    const item = m as Partial<Mistake> | null;
    const ok =
      typeof item === 'object' &&
      item !== null &&
      typeof item.say === 'string' &&
      item.say.trim() !== '' &&
      (typeof item.value === 'number' || typeof item.when === 'function');
    if (!ok) throw new TypeError(`${usage}; got ${formatValue(m, 0, true)}`);
  }
  return list as Mistake[];
}

function matches(m: Mistake, actual: unknown, tol: number): boolean {
  if (m.when) {
    try {
      return Boolean(m.when(actual));
    } catch {
      // A test written for numbers, given the learner's undefined or tensor: not this mistake.
      return false;
    }
  }
  const value = m.value as number;
  if (typeof actual !== 'number') return false;
  // An infinite wrong value (a KL against a zero) is matched only by itself, never "within tolerance".
  if (!Number.isFinite(value)) return actual === value;
  // Wrong answers are often large (a sum, a square): the check's tolerance, relative beyond 1.
  return Math.abs(actual - value) <= (m.tol ?? tol * Math.max(1, Math.abs(value)));
}

/**
 * Passes when `actual` is a number within `tol` of `expected`. Otherwise fails with expected vs
 * actual and, when `actual` is one of the listed typical wrong answers, names that mistake.
 */
export function closeTo(actual: unknown, expected: number, tol = 1e-6, mistakes?: readonly Mistake[]): true {
  const list = readMistakes(mistakes);
  const a = typeof actual === 'number' ? actual : NaN;
  if (Math.abs(a - expected) <= tol) return true;
  const named = list.find((m) => matches(m, actual, tol));
  throw new CheckFailure(`expected ${expected} ± ${tol}, got ${formatValue(actual, 0, true)}`, named?.say);
}

export function assert(condition: unknown, message = 'assertion failed'): true {
  if (!condition) throw new CheckFailure(message);
  return true;
}

/** Fails the check, naming a typical mistake the check code recognised itself (e.g. a tensor of the wrong shape). */
export function mistake(say: string, detail?: string): never {
  throw new CheckFailure(detail ?? say, say);
}

/**
 * Runs a check's function at once and reads its outcome: it fails if the function throws (or its
 * promise rejects) or returns false. A function that throws waits the same one tick as one that
 * returns, so synchronous checks report in the order they were written.
 */
export async function runCheck(fn: () => unknown): Promise<CheckOutcome> {
  let result: { value: unknown } | { error: unknown };
  try {
    const returned = fn();
    result = { value: await returned };
  } catch (error) {
    await undefined;
    result = { error };
  }
  return outcomeOf(result);
}

function outcomeOf(result: { value: unknown } | { error: unknown }): CheckOutcome {
  if ('value' in result) return result.value === false ? { passed: false, message: 'expected true, got false' } : { passed: true };
  const error = result.error;
  if (error instanceof CheckFailure) return { passed: false, message: error.message, ...(error.mistake ? { mistake: error.mistake } : {}) };
  return { passed: false, message: `${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}` };
}
