import type { KernelError } from '../protocol';
import { errorMessage, locateError, positionInCell, type CellSource } from '../positions';
import { cellSourceUrl } from '../transform';

const CELL_FRAME = /minimax-cell-([0-9a-f]{32})\.js:/;

/**
 * The message for an error nobody caught, thrown after the code that caused it moved on: on
 * the run whose cell script is in its stack (the cell that scheduled the timer or made the
 * promise), with the line there; else on `fallbackRunId`, the run in progress. `sourceOf`
 * gives the code of a recent run's script, to map the column back to what the learner wrote.
 */
export function lateError(
  error: unknown,
  prefix: string,
  fallbackRunId: string,
  sourceOf: (url: string) => CellSource | undefined = () => undefined,
): KernelError {
  const stack = (error as Error | null)?.stack;
  const owner = typeof stack === 'string' ? CELL_FRAME.exec(stack)?.[1] : undefined;
  const runId = owner ?? fallbackRunId;
  const url = cellSourceUrl(runId, 'cell');
  const source = sourceOf(url);
  const pos = source ? locateError(error, url, source) : positionInCell(stack, url, Number.MAX_SAFE_INTEGER);
  // A worker's ErrorEvent message already reads "Uncaught Error: late"; say "Uncaught" once.
  const message = typeof error === 'string' ? error.replace(/^Uncaught /, '') : errorMessage(error);
  return { type: 'error', runId, kind: 'unhandled', message: `${prefix}${message}`, ...(pos ?? {}) };
}
