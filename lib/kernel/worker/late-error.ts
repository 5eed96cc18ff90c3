import type { KernelError } from '../protocol';
import { errorMessage, positionInCell } from '../positions';
import { cellSourceUrl } from '../transform';

const CELL_FRAME = /minimax-cell-([0-9a-f]{32})\.js:/;

/**
 * The message for an error nobody caught, thrown after the code that caused it moved on: on
 * the run whose cell script is in its stack (the cell that scheduled the timer or made the
 * promise), with the line there; else on `fallbackRunId`, the run in progress.
 */
export function lateError(error: unknown, prefix: string, fallbackRunId: string): KernelError {
  const stack = (error as Error | null)?.stack;
  const owner = typeof stack === 'string' ? CELL_FRAME.exec(stack)?.[1] : undefined;
  const runId = owner ?? fallbackRunId;
  const pos = positionInCell(stack, cellSourceUrl(runId, 'cell'), Number.MAX_SAFE_INTEGER);
  // A worker's ErrorEvent message already reads "Uncaught Error: late"; say "Uncaught" once.
  const message = typeof error === 'string' ? error.replace(/^Uncaught /, '') : errorMessage(error);
  return { type: 'error', runId, kind: 'unhandled', message: `${prefix}${message}`, ...(pos ?? {}) };
}
