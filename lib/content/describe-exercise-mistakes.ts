import { beforeAll, describe, expect, it } from 'vitest';
import { tryAttempts, type Attempt, type AttemptsReport } from './cell-runner';

/**
 * The tests every content/<slug>/exercise.test.ts runs on its exercise: the solution passes,
 * the starter does not, each attempt's slip is named by the checks, and the checks name no
 * mistake that no attempt makes. Vitest only (test support).
 */
export function describeExerciseMistakes(mdx: string, ID: string, attempts: readonly Attempt[]): void {
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
}
