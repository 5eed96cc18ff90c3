import { describe, expect, it } from 'vitest';
import { changesBetween, reconcile } from './reconcile';
import { emptyProgress } from './shape';
import type { Progress, QuizProgress } from './schema';

const quiz = (correct: boolean, at: string): QuizProgress => ({ answer: [0], attempts: 1, correct, updatedAt: at });
const withQuizzes = (quizzes: Record<string, QuizProgress>): Progress => ({ ...emptyProgress(), quizzes });

describe('changesBetween', () => {
  it('lists the entries an update added, changed or removed, and nothing else', () => {
    const before = withQuizzes({ 'c/a': quiz(false, '1'), 'c/b': quiz(true, '1') });
    const after = { ...before, quizzes: { 'c/a': quiz(true, '2'), 'c/new': quiz(true, '2') } };
    const changes = changesBetween(before, after, 5);
    expect(changes.map((c) => [c.key, c.before === undefined, c.after === undefined])).toEqual([
      ['c/a', false, false],
      ['c/b', false, true],
      ['c/new', true, false],
    ]);
  });
});

describe('reconcile', () => {
  const base = withQuizzes({ 'c/old': quiz(true, '0') });

  it("puts back this tab's answer when the other tab's simultaneous write dropped it", () => {
    const mine = changesBetween(base, withQuizzes({ ...base.quizzes, 'c/q1': quiz(true, '1') }), 1);
    const theirs = withQuizzes({ ...base.quizzes, 'c/q2': quiz(true, '1') });
    const { merged, pending } = reconcile(theirs, mine);
    expect(Object.keys(merged.quizzes).sort()).toEqual(['c/old', 'c/q1', 'c/q2']);
    expect(pending).toHaveLength(1);
  });

  it('returns the incoming record itself when it already holds every recent change', () => {
    const after = withQuizzes({ ...base.quizzes, 'c/q1': quiz(true, '1') });
    const incoming = withQuizzes({ ...after.quizzes, 'c/q2': quiz(true, '1') });
    const { merged, pending } = reconcile(incoming, changesBetween(base, after, 1));
    expect(merged).toBe(incoming);
    expect(pending).toEqual([]);
  });

  it('lets the other tab win where it changed the same entry', () => {
    const mine = changesBetween(base, withQuizzes({ 'c/old': quiz(false, '1') }), 1);
    const theirs = withQuizzes({ 'c/old': quiz(true, '2') });
    expect(reconcile(theirs, mine).merged).toBe(theirs);
  });

  it('re-applies a removal (a reset here) that the other tab had not seen', () => {
    const mine = changesBetween(base, emptyProgress(), 1);
    const theirs = withQuizzes({ ...base.quizzes, 'c/q2': quiz(true, '1') });
    expect(Object.keys(reconcile(theirs, mine).merged.quizzes)).toEqual(['c/q2']);
  });
});
