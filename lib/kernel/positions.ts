import { WRAPPER_LINES, cellColumn, type ColumnShift } from './transform';
import { readingOfName } from './references';

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

interface CellFrame extends CellPosition {
  /** The error was thrown in this frame (it is the stack's first), not in code it called. */
  top: boolean;
}

function cellFrame(stack: string | undefined, sourceUrl: string, cellLines: number): CellFrame | null {
  if (!stack) return null;
  const frame = new RegExp(`${escapeRegExp(sourceUrl)}:(\\d+):(\\d+)`);
  let frames = 0;
  for (const line of stack.split('\n')) {
    if (/^\s+at /.test(line)) frames++;
    const m = frame.exec(line);
    if (!m) continue;
    const cellLine = Number(m[1]) - WRAPPER_LINES;
    // Line 0 is the wrapper (publishing hoisted functions); past the end is its closing line.
    if (cellLine < 1 || cellLine > cellLines) continue;
    return { line: cellLine, column: Number(m[2]), top: frames === 1 };
  }
  return null;
}

/** The position V8 reports, in the script's own columns (see locateError for the learner's). */
export function positionInCell(stack: string | undefined, sourceUrl: string, cellLines: number): CellPosition | null {
  const found = cellFrame(stack, sourceUrl, cellLines);
  return found && { line: found.line, column: found.column };
}

/** The name a ReferenceError is about: "x is not defined", "Cannot access 'x' before initialization". */
export function unresolvedName(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'ReferenceError') return null;
  const m = /^(\S+) is not defined$/.exec(error.message) ?? /^Cannot access '([^']+)' before initialization$/.exec(error.message);
  return m ? m[1] : null;
}

/** What locateError needs of a cell: its code and the transform's column shifts. */
export interface CellSource {
  code: string;
  shifts: readonly ColumnShift[];
}

/**
 * Where in the learner's code `error` happened: the first frame of the cell's script, with
 * its column mapped back through the transform's edits; for a ReferenceError thrown there,
 * the name itself, which V8 places at the start of the surrounding expression instead.
 */
export function locateError(error: unknown, sourceUrl: string, source: CellSource): CellPosition | null {
  const lines = source.code.split('\n');
  const found = cellFrame((error as Error | null)?.stack, sourceUrl, lines.length);
  if (!found) return null;
  const line = found.line;
  const column = Math.min(cellColumn(source.shifts, line, found.column), lines[line - 1].length + 1);
  const name = found.top ? unresolvedName(error) : null;
  if (name) {
    const lineStart = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    const reading = readingOfName(source.code, name, lineStart + column - 1);
    if (reading) {
      const before = source.code.slice(0, reading.start).split('\n');
      return { line: before.length, column: before[before.length - 1].length + 1 };
    }
  }
  return { line, column };
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
