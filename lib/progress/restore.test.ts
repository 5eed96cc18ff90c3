import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, openPage, type FakeBrowser } from './test-browser';
import { PROGRESS_VERSION } from './version';

const KEY = 'minimax:progress';
const quiz = { answer: [0], attempts: 1, correct: true, updatedAt: '2026-01-01T00:00:00.000Z' };
const record = (quizzes: Record<string, unknown>, version = PROGRESS_VERSION) =>
  JSON.stringify({ version, chapters: {}, quizzes, exercises: {}, cells: {} });
const BACKUP = 'minimax:progress:backup:2026-01-01T00:00:00.000Z';

let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
  browser.data.set(KEY, record({ 'intro/now': quiz }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('restoring a backup', () => {
  it('makes it the saved record, keeps the record it replaces as a new backup, and removes the restored one', async () => {
    browser.data.set(BACKUP, record({ 'intro/old': quiz }));
    const s = await openPage(browser);
    const outcome = s.restoreBackup(BACKUP);
    expect(outcome).toEqual({ kind: 'restored', previousBackupKey: expect.stringMatching(/^minimax:progress:backup:/), leftInBackup: 0 });
    expect(Object.keys(s.getProgress().quizzes)).toEqual(['intro/old']);
    expect(JSON.parse(browser.data.get(KEY)!).quizzes).toHaveProperty('intro/old');
    expect(browser.backups()).toEqual([record({ 'intro/now': quiz })]);
  });

  it('restores the readable entries of a partly invalid backup and keeps the backup for the rest', async () => {
    browser.data.set(BACKUP, record({ 'intro/old': quiz, 'intro/bad': { ...quiz, attempts: 'two' } }));
    const s = await openPage(browser);
    expect(s.restoreBackup(BACKUP)).toMatchObject({ kind: 'restored', leftInBackup: 1 });
    expect(Object.keys(s.getProgress().quizzes)).toEqual(['intro/old']);
    expect(browser.data.has(BACKUP)).toBe(true);
  });

  it.each([
    ['of a newer version', record({ 'intro/old': quiz }, 99), { kind: 'newer', version: 99 }],
    ['that is not JSON', '{"version":1,', { kind: 'unreadable', detail: 'it is not valid JSON' }],
    [
      'of version 0 in the wrong shape',
      JSON.stringify({ visited: 'intro' }),
      { kind: 'unreadable', detail: expect.stringContaining('visited') },
    ],
  ])('refuses a backup %s and changes nothing', async (_name, raw, expected) => {
    browser.data.set(BACKUP, raw);
    const s = await openPage(browser);
    expect(s.restoreBackup(BACKUP)).toEqual(expected);
    expect(browser.data.get(KEY)).toBe(record({ 'intro/now': quiz }));
    expect(browser.data.get(BACKUP)).toBe(raw);
  });

  it('migrates a version 0 backup', async () => {
    browser.data.set(BACKUP, JSON.stringify({ visited: ['intro'] }));
    const s = await openPage(browser);
    expect(s.restoreBackup(BACKUP)).toMatchObject({ kind: 'restored', leftInBackup: 0 });
    expect(s.getProgress().chapters.intro?.visitedAt).toBeDefined();
  });

  it('refuses when the current record cannot be backed up first', async () => {
    browser.data.set(BACKUP, record({ 'intro/old': quiz }));
    const s = await openPage(browser);
    browser.fill(true);
    expect(s.restoreBackup(BACKUP)).toEqual({ kind: 'not-saved', reason: 'no-room' });
    expect(browser.data.get(KEY)).toBe(record({ 'intro/now': quiz }));
    expect(browser.data.has(BACKUP)).toBe(true);
  });
});
