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

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** Reads a file a learner chose to import; every failure says what is wrong and what to do. */
export function parseProgressFile(text: string, fileName = 'the file'): ImportResult {
  if (text.trim() === '') return { ok: false, error: `${fileName} is empty. Choose a file saved with "Export progress".` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName} is not JSON (${(error as Error).message}). Choose a file saved with "Export progress".` };
  }
  const loaded = fromJson(json);
  if (loaded.problem?.kind === 'future') {
    return { ok: false, error: `${fileName} was saved by a newer version of Minimax (progress version ${loaded.problem.version}; this site reads up to ${PROGRESS_VERSION}). Reload the site to get the latest version, then import again.` };
  }
  if (loaded.problem) return { ok: false, error: `${fileName} is not a Minimax progress file: ${loaded.problem.detail}.` };
  return { ok: true, progress: loaded.progress };
}
