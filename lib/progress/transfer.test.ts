import { describe, expect, it } from 'vitest';
import { checkFileSize, exportFileName, exportProgress, MAX_IMPORT_BYTES, parseProgressFile } from './transfer';
import type { Progress } from './schema';
import { emptyProgress } from './shape';
import { PROGRESS_VERSION } from './version';

const progress: Progress = {
  ...emptyProgress(),
  chapters: { intro: { visitedAt: '2026-03-01T10:00:00.000Z', completedAt: '2026-03-01T10:30:00.000Z' } },
  quizzes: { 'intro/q1': { answer: [2], attempts: 1, correct: true, updatedAt: '2026-03-01T10:10:00.000Z' } },
};

describe('export and import', () => {
  it('round-trips progress through the exported file', () => {
    expect(parseProgressFile(exportProgress(progress))).toEqual({ ok: true, progress });
  });

  it('dates the file name', () => {
    expect(exportFileName(new Date('2026-03-01T23:59:00Z'))).toBe('minimax-progress-2026-03-01.json');
  });

  it('says an empty file is empty', () => {
    expect(parseProgressFile('  \n', 'notes.json')).toEqual({
      ok: false,
      error: 'notes.json is empty. Choose a file saved with "Export progress".',
    });
  });

  it('says a file that is not JSON is not JSON', () => {
    const r = parseProgressFile('version: 1', 'progress.yaml');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^progress.yaml is not JSON \(.+\)\. Choose a file saved with "Export progress"\.$/);
  });

  it('names the field at fault in a file of the wrong shape', () => {
    const r = parseProgressFile(JSON.stringify({ ...progress, chapters: { intro: { visitedAt: 5 } } }), 'p.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^p.json is not a Minimax progress file: 1 entry cannot be read \(chapters.intro.visitedAt: .+\)\.$/);
  });

  it('refuses a file bigger than a progress file can be, before parsing it', () => {
    expect(checkFileSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkFileSize(10 * 1024 * 1024, 'big.json')).toBe(
      'big.json is 10.0 MB, more than a progress file can be (4.0 MB). Choose a file saved with "Export progress".',
    );
    expect(parseProgressFile(' '.repeat(MAX_IMPORT_BYTES + 1), 'big.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^big.json is 4.0 MB, more than/),
    });
  });

  it('rejects other JSON (an array, a number) as not a progress file', () => {
    expect(parseProgressFile('[1,2]')).toEqual({
      ok: false,
      error: 'the file is not a Minimax progress file: expected an object, got an array.',
    });
    expect(parseProgressFile('3').ok).toBe(false);
  });

  it('asks for a reload when the file comes from a newer version', () => {
    const r = parseProgressFile(JSON.stringify({ ...progress, version: PROGRESS_VERSION + 1 }), 'new.json');
    expect(!r.ok && r.error).toMatch(/^new.json was saved by a newer version of Minimax/);
  });

  it('imports an old (version 0) file by migrating it', () => {
    const r = parseProgressFile(JSON.stringify({ visited: ['intro'], answers: { 'intro/q1': { answer: [0], correct: false } } }));
    expect(r.ok && r.progress.quizzes['intro/q1']?.attempts).toBe(1);
  });
});
