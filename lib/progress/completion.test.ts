import { describe, expect, it } from 'vitest';
import { chapterStatus } from './completion';
import type { Progress } from './schema';
import { emptyProgress } from './shape';

const inventory = { quizzes: ['q1', 'q2'], reflects: ['why'], exercises: ['ex'], cells: ['c1', 'c2'] };
const at = '2026-01-01T00:00:00.000Z';

function progressWith(change: Partial<Progress>): Progress {
  return { ...emptyProgress(), chapters: { intro: { visitedAt: at } }, ...change };
}

describe('chapterStatus', () => {
  it('counts nothing done on a fresh record', () => {
    const s = chapterStatus(emptyProgress(), 'intro', inventory);
    expect(s).toMatchObject({ done: 0, total: 4, complete: false, visited: false, cellsRun: 0 });
  });

  it('completes when quizzes are right, exercises passed and reflections marked', () => {
    const p = progressWith({
      quizzes: {
        'intro/q1': { answer: [0], attempts: 1, correct: true, updatedAt: at },
        'intro/q2': { answer: '0.69', attempts: 3, correct: true, updatedAt: at },
        'intro/why': { answer: 'text', attempts: 1, correct: false, mark: 'not-yet', updatedAt: at },
      },
      exercises: { 'intro/ex': { attempts: 2, passedAt: at } },
      cells: { 'intro/c1': { runs: 2 } },
    });
    expect(chapterStatus(p, 'intro', inventory)).toMatchObject({ done: 4, total: 4, complete: true, cellsRun: 1 });
  });

  it('does not count a wrong or revealed answer, an unpassed exercise or an unmarked reflection', () => {
    const p = progressWith({
      quizzes: {
        'intro/q1': { answer: [1], attempts: 2, correct: false, revealed: true, updatedAt: at },
        'intro/why': { answer: 'text', attempts: 1, correct: false, revealed: true, updatedAt: at },
      },
      exercises: { 'intro/ex': { attempts: 5 } },
    });
    const s = chapterStatus(p, 'intro', inventory);
    expect(s.done).toBe(0);
    expect(s.checks.map((c) => `${c.kind}:${c.id}`)).toEqual(['quiz:q1', 'quiz:q2', 'exercise:ex', 'reflect:why']);
  });

  it('does not count an exercise solved with the solution shown, however many hints were seen', () => {
    const p = progressWith({ exercises: { 'intro/ex': { attempts: 1, hintsShown: 3, solutionLoadedAt: at, solvedWithSolutionAt: at } } });
    expect(chapterStatus(p, 'intro', inventory).checks.find((c) => c.kind === 'exercise')?.done).toBe(false);
    const own = progressWith({ exercises: { 'intro/ex': { attempts: 2, hintsShown: 3, passedAt: at } } });
    expect(chapterStatus(own, 'intro', inventory).checks.find((c) => c.kind === 'exercise')?.done).toBe(true);
  });

  it('keys by chapter, so the same id in another chapter does not count', () => {
    const p = progressWith({ quizzes: { 'other/q1': { answer: [0], attempts: 1, correct: true, updatedAt: at } } });
    expect(chapterStatus(p, 'intro', inventory).done).toBe(0);
  });

  it('completes a chapter with no checks once it has been visited', () => {
    const none = { quizzes: [], reflects: [], exercises: [], cells: [] };
    expect(chapterStatus(emptyProgress(), 'intro', none).complete).toBe(false);
    expect(chapterStatus(progressWith({}), 'intro', none).complete).toBe(true);
  });
});
