import { WRAPPER_LINES } from './transform';

/**
 * Maps a runtime error back to the line and column of the cell the learner wrote.
 * V8 stack frames name the script by its `//# sourceURL`, e.g.
 *   at eval (minimax-cell-3.js:4:11)
 *   at async minimax-cell-3.js:2:3
 * The first frame in the cell's own script is where its code went wrong, even when the
 * error was thrown deeper inside tfjs or ml.
 */
export interface CellPosition {
  line: number;
  column: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function positionInCell(stack: string | undefined, sourceUrl: string, cellLines: number): CellPosition | null {
  if (!stack) return null;
  const frame = new RegExp(`${escapeRegExp(sourceUrl)}:(\\d+):(\\d+)`);
  for (const line of stack.split('\n')) {
    const m = frame.exec(line);
    if (!m) continue;
    const cellLine = Number(m[1]) - WRAPPER_LINES;
    // Line 0 is the wrapper (publishing hoisted functions); past the end is its closing line.
    if (cellLine < 1 || cellLine > cellLines) continue;
    return { line: cellLine, column: Number(m[2]) };
  }
  return null;
}

/** The message a learner reads: "TypeError: x is not a function", without the stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return `Uncaught ${JSON.stringify(error)}`;
  } catch {
    return `Uncaught ${String(error)}`;
  }
}
