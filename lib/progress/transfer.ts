import { fromJson } from './load';
import type { Progress } from './schema';
import { PROGRESS_VERSION } from './version';

/** The name of the file a learner downloads, dated so several exports do not overwrite each other. */
export function exportFileName(now = new Date()): string {
  return `minimax-progress-${now.toISOString().slice(0, 10)}.json`;
}

export function exportProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

/**
 * Larger than any real record (a whole course of edited cells is well under 1 MB) and about what
 * a browser lets one site store, so a bigger file is not progress and is refused unread.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

const CHOOSE = 'Choose a file saved with "Export progress".';

/** Checks a chosen file's size before it is read; null when it may be read. */
export function checkFileSize(bytes: number, fileName = 'the file'): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${fileName} is ${mb(bytes)}, more than a progress file can be (${mb(MAX_IMPORT_BYTES)}). ${CHOOSE}`;
}

/**
 * Reads a file a learner chose to import; every failure says what is wrong and what to do.
 * Import replaces the record, so the file must be valid throughout: a file with one bad entry is
 * refused (the learner still has the file), unlike saved progress, which is read entry by entry.
 */
export function parseProgressFile(text: string, fileName = 'the file'): ImportResult {
  const tooBig = checkFileSize(text.length, fileName);
  if (tooBig) return { ok: false, error: tooBig };
  if (text.trim() === '') return { ok: false, error: `${fileName} is empty. ${CHOOSE}` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName} is not JSON (${(error as Error).message}). ${CHOOSE}` };
  }
  const { problem, progress } = fromJson(json);
  if (problem?.kind === 'future') {
    return {
      ok: false,
      error: `${fileName} was saved by a newer version of Minimax (progress version ${problem.version}; this site reads up to ${PROGRESS_VERSION}). Reload the site to get the latest version, then import again.`,
    };
  }
  if (problem?.kind === 'partial') {
    const entries = problem.count === 1 ? '1 entry' : `${problem.count} entries`;
    return { ok: false, error: `${fileName} is not a Minimax progress file: ${entries} cannot be read (${problem.detail}).` };
  }
  if (problem) return { ok: false, error: `${fileName} is not a Minimax progress file: ${problem.detail}.` };
  return { ok: true, progress };
}
