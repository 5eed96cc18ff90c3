import { describe, expect, it } from 'vitest';
import { loadProgress } from './load';
import type { Progress } from './schema';
import { emptyProgress } from './shape';
import { PROGRESS_VERSION } from './version';

const saved: Progress = {
  version: PROGRESS_VERSION,
  lastVisited: { slug: 'intro', at: '2026-01-02T03:04:05.000Z' },
  chapters: { intro: { visitedAt: '2026-01-02T03:04:05.000Z' } },
  quizzes: {
    'intro/q1': { answer: [0, 2], attempts: 2, correct: true, updatedAt: '2026-01-02T03:05:00.000Z' },
    'intro/why': { answer: 'because', attempts: 1, correct: true, mark: 'got-it', revealed: true, updatedAt: '2026-01-02T03:06:00.000Z' },
  },
  exercises: { 'intro/ex': { attempts: 3, passedAt: '2026-01-02T03:07:00.000Z' } },
  cells: { 'intro/c1': { runs: 4, edit: { code: 'x', authorHash: 'abcd1234', savedAt: '2026-01-02T03:08:00.000Z' } } },
  drawings: { 'intro/mine': { points: [[0.25, 0.5]], updatedAt: '2026-01-02T03:09:00.000Z' } },
};

describe('loadProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadProgress(null)).toEqual({ progress: emptyProgress() });
    expect(loadProgress('')).toEqual({ progress: emptyProgress() });
  });

  it('reads back exactly what was saved', () => {
    expect(loadProgress(JSON.stringify(saved))).toEqual({ progress: saved });
  });

  it('reports text that is not JSON as corrupt instead of throwing', () => {
    const r = loadProgress('{"version": 1, "chap');
    expect(r.progress).toEqual(emptyProgress());
    expect(r.problem?.kind).toBe('corrupt');
    expect(r.problem?.kind === 'corrupt' && r.problem.detail).toBe('it is not valid JSON');
  });

  it('keeps every valid entry when one is wrong, and names the field at fault', () => {
    const bad = { ...saved, quizzes: { ...saved.quizzes, 'intro/q1': { ...saved.quizzes['intro/q1'], attempts: 'two' } } };
    const r = loadProgress(JSON.stringify(bad));
    expect(r.problem).toEqual({ kind: 'partial', count: 1, detail: expect.stringContaining('quizzes.intro/q1.attempts') });
    expect(r.progress).toEqual({ ...saved, quizzes: { 'intro/why': saved.quizzes['intro/why'] } });
  });

  it('finds wrong types deep inside an entry', () => {
    const bad = { ...saved, cells: { 'intro/c1': { runs: 4, edit: { code: ['x'], authorHash: 'a', savedAt: 'b' } } } };
    const r = loadProgress(JSON.stringify(bad));
    expect(r.problem).toMatchObject({ kind: 'partial', count: 1, detail: expect.stringContaining('cells.intro/c1.edit.code') });
    expect(r.progress.quizzes).toEqual(saved.quizzes);
  });

  it('sets aside a section that is not a map, and a bad lastVisited, keeping the rest', () => {
    const r = loadProgress(JSON.stringify({ ...saved, exercises: [1, 2], lastVisited: 'intro' }));
    expect(r.problem).toMatchObject({
      kind: 'partial',
      count: 2,
      detail: expect.stringContaining('exercises: expected a map of entries, got an array'),
    });
    expect(r.progress.quizzes).toEqual(saved.quizzes);
    expect(r.progress.lastVisited).toBeUndefined();
  });

  it('counts every bad entry but names only the first five', () => {
    const quizzes = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`intro/q${i}`, { attempts: 'x' }]));
    const r = loadProgress(JSON.stringify({ ...saved, quizzes }));
    expect(r.problem).toMatchObject({ kind: 'partial', count: 7, detail: expect.stringMatching(/… and 2 more$/) });
  });

  it.each([['[]'], ['null'], ['42'], ['"text"'], ['{"version": "1"}'], ['{"version": -1}']])('treats %s as corrupt', (raw) => {
    expect(loadProgress(raw).problem?.kind).toBe('corrupt');
  });

  it('recognises data from a newer version instead of calling it corrupt', () => {
    const r = loadProgress(JSON.stringify({ ...saved, version: PROGRESS_VERSION + 1, somethingNew: true }));
    expect(r).toEqual({ progress: saved, problem: { kind: 'future', version: PROGRESS_VERSION + 1 } });
  });

  it('reads only what this version understands of a newer record', () => {
    const r = loadProgress(
      JSON.stringify({ ...saved, version: 99, quizzes: { ...saved.quizzes, 'intro/new': { answer: { kind: 'graph' } } } }),
    );
    expect(r.problem).toEqual({ kind: 'future', version: 99 });
    expect(Object.keys(r.progress.quizzes).sort()).toEqual(['intro/q1', 'intro/why']);
  });

  it('migrates unversioned (version 0) data and says so', () => {
    const r = loadProgress(JSON.stringify({ visited: ['intro'], answers: {} }));
    expect(r.problem).toBeUndefined();
    expect(r.migratedFrom).toBe(0);
    expect(r.progress.chapters.intro?.visitedAt).toBeDefined();
  });

  it('loads a version 1 record (before drawings, hints and the solution shown were saved) whole, and says it was migrated', () => {
    // Version 1 had no drawn data sets either.
    const { drawings: _, ...v1 } = { ...saved, version: 1 };
    const r = loadProgress(JSON.stringify(v1));
    expect(r).toEqual({ progress: { ...saved, drawings: {} }, migratedFrom: 1 });
  });
});
