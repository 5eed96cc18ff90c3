import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { progressSchema } from './schema';
import { PROGRESS_VERSION } from './version';

describe('migrate', () => {
  it('leaves current data alone', () => {
    const data = { version: PROGRESS_VERSION, chapters: {}, quizzes: {}, exercises: {}, cells: {}, drawings: {} };
    expect(migrate(data)).toEqual({ ok: true, data, from: PROGRESS_VERSION });
  });

  it('carries every piece of a version 0 record into the current schema', () => {
    const v0 = {
      visited: ['intro', 'mle'],
      completed: ['intro'],
      lastChapter: 'mle',
      answers: { 'intro/q1': { answer: [1], correct: true, attempts: 2 }, 'mle/why': { answer: 'the log', correct: false } },
    };
    const r = migrate(v0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.from).toBe(0);
    const p = progressSchema.parse(r.data);
    expect(p.version).toBe(PROGRESS_VERSION);
    expect(Object.keys(p.chapters).sort()).toEqual(['intro', 'mle']);
    expect(p.chapters.intro?.completedAt).toBeDefined();
    expect(p.chapters.mle?.completedAt).toBeUndefined();
    expect(p.lastVisited?.slug).toBe('mle');
    expect(p.quizzes['intro/q1']).toMatchObject({ answer: [1], correct: true, attempts: 2 });
    // Version 0 did not count attempts when a question was answered once.
    expect(p.quizzes['mle/why']).toMatchObject({ answer: 'the log', correct: false, attempts: 1 });
  });

  it('carries a version 1 record into version 2 whole: its exercises load, with no hints or solution shown', () => {
    const v1 = {
      version: 1,
      lastVisited: { slug: 'kl', at: '2026-01-02T03:04:05.000Z' },
      chapters: { kl: { visitedAt: '2026-01-02T03:04:05.000Z' } },
      quizzes: { 'kl/q1': { answer: [1], attempts: 1, correct: true, updatedAt: '2026-01-02T03:05:00.000Z', revealed: true } },
      exercises: { 'kl/jsd': { attempts: 2, passedAt: '2026-01-02T03:06:00.000Z' }, 'kl/other': { attempts: 1 } },
      cells: { 'kl/c': { runs: 1, edit: { code: 'x', authorHash: 'h', savedAt: '2026-01-02T03:07:00.000Z' } } },
    };
    const r = migrate(structuredClone(v1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.from).toBe(1);
    const p = progressSchema.parse(r.data);
    expect(p).toEqual({ ...v1, version: PROGRESS_VERSION, drawings: {} });
    expect(p.exercises['kl/jsd']?.hintsShown).toBeUndefined();
    expect(p.exercises['kl/jsd']?.solvedWithSolutionAt).toBeUndefined();
  });

  it('reads version 2 exercise records with hints and the solution shown, and refuses a negative hint count', () => {
    const exercise = { attempts: 3, hintsShown: 2, solutionLoadedAt: 'a', solvedWithSolutionAt: 'b' };
    const record = { version: 2, chapters: {}, quizzes: {}, exercises: { 'kl/jsd': exercise }, cells: {}, drawings: {} };
    expect(progressSchema.parse(record).exercises['kl/jsd']).toEqual(exercise);
    expect(progressSchema.safeParse({ ...record, exercises: { 'kl/jsd': { attempts: 1, hintsShown: -1 } } }).success).toBe(false);
  });

  it('reports a version 0 record of the wrong shape with the field at fault', () => {
    const r = migrate({ visited: 'intro' });
    expect(r).toEqual({ ok: false, reason: 'invalid', detail: expect.stringMatching(/^version 0 data .*visited/) });
  });

  it('refuses data from a newer version without touching it', () => {
    const future = { version: PROGRESS_VERSION + 3, chapters: {} };
    expect(migrate(future)).toEqual({ ok: false, reason: 'future', version: PROGRESS_VERSION + 3 });
    expect(future).toEqual({ version: PROGRESS_VERSION + 3, chapters: {} });
  });

  it('keeps every entry of a version 1 record, which had no drawn data sets', () => {
    const cells = { 'intro/c1': { runs: 2, edit: { code: 'x', authorHash: 'ab', savedAt: '2026-01-01T00:00:00.000Z' } } };
    const v1 = { version: 1, chapters: { intro: { visitedAt: '2026-01-01T00:00:00.000Z' } }, quizzes: {}, exercises: {}, cells };
    const r = migrate(v1);
    expect(r.ok && r.from).toBe(1);
    if (!r.ok) return;
    const p = progressSchema.parse(r.data);
    expect(p).toEqual({ ...v1, version: PROGRESS_VERSION, drawings: {} });
  });
});
