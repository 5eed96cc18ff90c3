import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { fakeBrowser, openPage, type FakeBrowser } from './test-browser';
import { PROGRESS_VERSION } from './version';

/** Issue 14, "Saved progress is never lost": no stored record is written over unless it was backed up. */
const KEY = 'minimax:progress';
const quiz = (correct = true) => ({ answer: [0], attempts: 1, correct, updatedAt: '2026-01-01T00:00:00.000Z' });
const record = (quizzes: Record<string, unknown>, version = PROGRESS_VERSION) =>
  JSON.stringify({ version, chapters: {}, quizzes, exercises: {}, cells: {}, drawings: {} });

let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a record that must be backed up, while storage is full', () => {
  // Each is longer than what would replace it, so a browser would let that write through.
  const long = 'x'.repeat(2000);
  const cases = [
    ['unreadable', `{"version":1,"quizzes":{"${long}`, 'corrupt'],
    ['partly invalid', record({ 'intro/q1': quiz(), 'intro/q2': { answer: [0], attempts: long } }), 'partial'],
    ['of version 0', JSON.stringify({ visited: ['intro'], notes: long }), 'quota'],
    ['of version 99', record({ 'intro/q1': quiz(), 'intro/q2': { answer: long } }, 99), 'future'],
  ] as const;
  it.each(cases)('an %s record is left as it was, the tab works from memory and says so', async (_name, stored, kind) => {
    browser.data.set(KEY, stored);
    browser.fill(true);
    const s = await openPage(browser);
    s.recordQuizAttempt('intro', 'q3', [1], true);
    expect(browser.data.get(KEY)).toBe(stored);
    expect(s.getQuiz('intro', 'q3')?.correct).toBe(true);
    expect(s.getStorageIssue()).toMatchObject({ kind, ...(kind === 'corrupt' || kind === 'partial' ? { backupKey: null } : {}) });
  });

  it('backs up and saves as soon as there is room again, keeping what was done meanwhile', async () => {
    const stored = `{"version":1,"quizzes":{"${'x'.repeat(2000)}`;
    browser.data.set(KEY, stored);
    browser.fill(true);
    const s = await openPage(browser);
    s.recordQuizAttempt('intro', 'q3', [1], true);
    browser.fill(false);
    s.recordQuizAttempt('intro', 'q4', [0], false);
    expect(browser.backups()).toEqual([stored]);
    expect(Object.keys(JSON.parse(browser.data.get(KEY)!).quizzes).sort()).toEqual(['intro/q3', 'intro/q4']);
    expect(s.getStorageIssue()).toMatchObject({ kind: 'corrupt', backupKey: expect.stringMatching(/^minimax:progress:backup:/) });
  });

  it('drops its warning when another tab replaces the unreadable record with a valid one', async () => {
    browser.data.set(KEY, `{"version":1,"quizzes":{"${'x'.repeat(2000)}`);
    browser.fill(true);
    const s = await openPage(browser);
    expect(s.getStorageIssue()).toMatchObject({ kind: 'corrupt', backupKey: null });
    browser.fill(false);
    browser.otherTabWrites(KEY, record({ 'intro/q1': quiz() }));
    expect(s.getStorageIssue()).toBeNull();
    s.recordQuizAttempt('intro', 'q2', [0], true);
    expect(browser.backups()).toEqual([]);
    expect(Object.keys(JSON.parse(browser.data.get(KEY)!).quizzes).sort()).toEqual(['intro/q1', 'intro/q2']);
  });
});

describe('one invalid entry', () => {
  it('keeps every valid entry, sets the record aside in a backup and says how many were set aside', async () => {
    const stored = JSON.stringify({
      version: PROGRESS_VERSION,
      chapters: { intro: { visitedAt: 'x' } },
      quizzes: { 'intro/q1': quiz(), 'intro/q2': { ...quiz(), answer: { deep: [1] } }, 'intro/q3': quiz(false) },
      exercises: { 'intro/ex': { attempts: -1 } },
      cells: { 'intro/c1': { runs: 2, edit: { code: 'x = 1', authorHash: 'h', savedAt: 'y' } } },
    });
    browser.data.set(KEY, stored);
    const s = await openPage(browser);
    expect(Object.keys(s.getProgress().quizzes).sort()).toEqual(['intro/q1', 'intro/q3']);
    expect(s.getProgress().cells['intro/c1']?.edit?.code).toBe('x = 1');
    expect(s.getProgress().chapters).toEqual({ intro: { visitedAt: 'x' } });
    expect(s.getStorageIssue()).toMatchObject({ kind: 'partial', count: 2, detail: expect.stringContaining('quizzes.intro/q2.answer') });
    expect(browser.backups()).toEqual([stored]);
    expect(Object.keys(JSON.parse(browser.data.get(KEY)!).quizzes).sort()).toEqual(['intro/q1', 'intro/q3']);
  });
});

describe('a tab of an older build', () => {
  const newer = record({ 'intro/q1': quiz(), 'intro/q9': { ...quiz(), answer: { newShape: true } } }, PROGRESS_VERSION + 1);

  it('reads what it can of a newer record, never writes over it, and asks for a reload', async () => {
    browser.data.set(KEY, newer);
    const s = await openPage(browser);
    expect(Object.keys(s.getProgress().quizzes)).toEqual(['intro/q1']);
    s.recordQuizAttempt('intro', 'q2', [0], true);
    s.resetProgress();
    expect(browser.data.get(KEY)).toBe(newer);
    expect(browser.backups()).toEqual([]);
    expect(s.getStorageIssue()).toEqual({ kind: 'future', version: PROGRESS_VERSION + 1 });
    expect(s.getNewerSavedVersion()).toBe(PROGRESS_VERSION + 1);
  });

  it("stops writing when a newer build's tab saves a newer record", async () => {
    browser.data.set(KEY, record({ 'intro/q1': quiz() }));
    const s = await openPage(browser);
    browser.otherTabWrites(KEY, newer);
    expect(s.getStorageIssue()).toEqual({ kind: 'future', version: PROGRESS_VERSION + 1 });
    s.recordQuizAttempt('intro', 'q2', [0], true);
    expect(browser.data.get(KEY)).toBe(newer);
    expect(s.getQuiz('intro', 'q2')?.correct).toBe(true);
  });

  it('does not write over a newer record whose storage event has not arrived yet', async () => {
    const s = await openPage(browser);
    s.recordQuizAttempt('intro', 'q1', [0], true);
    browser.data.set(KEY, newer);
    s.recordQuizAttempt('intro', 'q2', [0], true);
    expect(browser.data.get(KEY)).toBe(newer);
    expect(s.getStorageIssue()).toEqual({ kind: 'future', version: PROGRESS_VERSION + 1 });
  });

  it('refuses to import or restore over a newer record', async () => {
    browser.data.set(KEY, newer);
    const s = await openPage(browser);
    expect(s.replaceProgress(JSON.parse(record({})))).toEqual({ saved: false, reason: 'newer-version' });
    expect(browser.data.get(KEY)).toBe(newer);
  });
});

describe('replacing the record (import, restore)', () => {
  it('backs up the saved record first', async () => {
    browser.data.set(KEY, record({ 'intro/q1': quiz() }));
    const s = await openPage(browser);
    const outcome = s.replaceProgress(JSON.parse(record({ 'intro/q2': quiz() })));
    expect(outcome).toEqual({ saved: true, backupKey: expect.stringMatching(/^minimax:progress:backup:/) });
    expect(browser.backups()).toEqual([record({ 'intro/q1': quiz() })]);
    expect(Object.keys(s.getProgress().quizzes)).toEqual(['intro/q2']);
  });

  it('changes nothing, saved or shown, when storage is too full for the backup', async () => {
    const saved = record({ 'intro/q1': quiz() });
    browser.data.set(KEY, saved);
    const s = await openPage(browser);
    browser.fill(true);
    expect(s.replaceProgress(JSON.parse(record({ 'intro/q2': quiz() })))).toEqual({ saved: false, reason: 'no-room' });
    expect(browser.data.get(KEY)).toBe(saved);
    expect(Object.keys(s.getProgress().quizzes)).toEqual(['intro/q1']);
    expect(s.getStorageIssue()).toBeNull();
  });
});
