import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_VERSION } from './version';
import { fakeBrowser, openPage, type FakeBrowser } from './test-browser';

let browser: FakeBrowser;
const loadStore = () => openPage(browser);

beforeEach(() => {
  browser = fakeBrowser();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('progress store', () => {
  it('saves every update and reads it back in a new page', async () => {
    let s = await loadStore();
    s.recordQuizAttempt('intro', 'q1', [2], false);
    s.recordQuizAttempt('intro', 'q1', [1], true);
    s = await loadStore();
    expect(s.getQuiz('intro', 'q1')).toMatchObject({ answer: [1], attempts: 2, correct: true });
  });

  it('sets corrupt data aside under a backup key, reports it and starts afresh', async () => {
    browser.data.set('minimax:progress', '{"version":1,"chap');
    const s = await loadStore();
    expect(s.getProgress().quizzes).toEqual({});
    const issue = s.getStorageIssue();
    expect(issue).toMatchObject({ kind: 'corrupt', backupKey: expect.stringMatching(/^minimax:progress:backup:/) });
    expect(browser.data.get((issue as { backupKey: string }).backupKey)).toBe('{"version":1,"chap');
    s.dismissStorageIssue();
    expect(s.getStorageIssue()).toBeNull();
  });

  it('saves migrated data back in the current version, keeping the old record as a backup', async () => {
    const v0 = JSON.stringify({ visited: ['intro'] });
    browser.data.set('minimax:progress', v0);
    const s = await loadStore();
    expect(s.getStorageIssue()).toBeNull();
    expect(JSON.parse(browser.data.get('minimax:progress')!).version).toBe(PROGRESS_VERSION);
    expect(browser.backups()).toEqual([v0]);
  });

  it('reports a full quota instead of throwing, and keeps the change for this tab', async () => {
    const s = await loadStore();
    browser.fill(true);
    expect(() => s.recordQuizAttempt('intro', 'q1', [0], true)).not.toThrow();
    expect(s.getQuiz('intro', 'q1')?.correct).toBe(true);
    expect(s.getStorageIssue()).toEqual({ kind: 'quota' });
    browser.fill(false);
    s.recordQuizAttempt('intro', 'q2', [0], true);
    expect(s.getStorageIssue()).toBeNull();
  });

  it("picks up another tab's writes and tells subscribers", async () => {
    const s = await loadStore();
    s.getProgress();
    const seen = vi.fn();
    s.subscribe(seen);
    browser.otherTabWrites(
      'minimax:progress',
      JSON.stringify({
        version: PROGRESS_VERSION,
        chapters: {},
        quizzes: { 'intro/q9': { answer: [0], attempts: 1, correct: true, updatedAt: 'x' } },
        exercises: {},
        cells: {},
      }),
    );
    expect(seen).toHaveBeenCalled();
    expect(s.getQuiz('intro', 'q9')?.correct).toBe(true);
  });

  it('applies updates made before the saved record was read on top of it, not over it', async () => {
    browser.data.set(
      'minimax:progress',
      JSON.stringify({ version: PROGRESS_VERSION, chapters: { intro: { visitedAt: 'x' } }, quizzes: {}, exercises: {}, cells: {} }),
    );
    vi.resetModules();
    vi.stubGlobal('window', browser.window);
    const store = await import('./store');
    const quizzes = await import('./quizzes');
    quizzes.recordQuizAttempt('gan', 'q1', [0], true);
    expect(quizzes.getQuiz('gan', 'q1')?.correct).toBe(true);
    await store.whenProgressLoaded();
    expect(store.getProgress().chapters).toEqual({ intro: { visitedAt: 'x' } });
    expect(quizzes.getQuiz('gan', 'q1')).toMatchObject({ answer: [0], attempts: 1, correct: true });
    expect(JSON.parse(browser.data.get('minimax:progress')!).quizzes['gan/q1'].correct).toBe(true);
  });

  it("keeps another tab's write that landed before its storage event, when this tab writes next", async () => {
    const s = await loadStore();
    s.recordQuizAttempt('intro', 'q1', [0], true);
    // The other tab's record, with our q1 and its own q2, is stored but its event has not arrived.
    const theirs = JSON.parse(browser.data.get('minimax:progress')!);
    theirs.quizzes['intro/q2'] = { answer: [1], attempts: 1, correct: true, updatedAt: 'y' };
    browser.data.set('minimax:progress', JSON.stringify(theirs));
    s.recordQuizAttempt('intro', 'q3', [2], false);
    const stored = JSON.parse(browser.data.get('minimax:progress')!);
    expect(Object.keys(stored.quizzes).sort()).toEqual(['intro/q1', 'intro/q2', 'intro/q3']);
  });

  it("puts back an answer that another tab's simultaneous write dropped, and saves both", async () => {
    const s = await loadStore();
    s.recordQuizAttempt('intro', 'q0', [0], true);
    const base = browser.data.get('minimax:progress')!;
    s.recordQuizAttempt('intro', 'q1', [0], true);
    // The other tab saved its answer on top of the record from before ours: q1 is gone.
    const theirs = JSON.parse(base);
    theirs.quizzes['intro/q2'] = { answer: [1], attempts: 1, correct: true, updatedAt: 'y' };
    browser.otherTabWrites('minimax:progress', JSON.stringify(theirs));
    expect(Object.keys(s.getProgress().quizzes).sort()).toEqual(['intro/q0', 'intro/q1', 'intro/q2']);
    expect(Object.keys(JSON.parse(browser.data.get('minimax:progress')!).quizzes).sort()).toEqual(['intro/q0', 'intro/q1', 'intro/q2']);
  });

  it('keeps a quiz passed once it has been answered correctly', async () => {
    const s = await loadStore();
    s.recordQuizAttempt('intro', 'q1', [0], true);
    s.recordQuizAttempt('intro', 'q1', [1], false);
    expect(s.getQuiz('intro', 'q1')).toMatchObject({ answer: [1], attempts: 2, correct: true });
  });

  it('resets to an empty record and replaces everything on import', async () => {
    const s = await loadStore();
    s.recordQuizAttempt('intro', 'q1', [0], true);
    s.resetProgress();
    expect(s.getProgress().quizzes).toEqual({});
    s.replaceProgress({
      version: PROGRESS_VERSION,
      chapters: { a: { visitedAt: 'x' } },
      quizzes: {},
      exercises: {},
      cells: {},
      drawings: {},
    });
    expect(JSON.parse(browser.data.get('minimax:progress')!).chapters).toEqual({ a: { visitedAt: 'x' } });
  });
});
