import type { PageCell } from './client';
import { topLevelDeclarations } from './transform';

/**
 * "x is not defined" in a notebook usually means the cell that declares x has not run. The page
 * knows every cell's code, so it finds that cell (with the kernel's own parser, transform.ts)
 * and says so. Loaded only when such an error happens: the parser stays out of the page until then.
 */

/** Text with code spans: a string is prose, `{ code }` is a name or a cell id. */
export type Explained = (string | { code: string })[];

export interface UndeclaredHelp {
  message: Explained;
  /** The cell to run before this one, when another cell declares the name. */
  runFirst?: string;
}

/**
 * Why `name` is not defined when cell `currentId` runs. Among the cells (in page order) that
 * declare it at top level, the nearest above is named first, then this cell, then the nearest below.
 */
export function explainUndeclared(name: string, cells: readonly PageCell[], currentId: string): UndeclaredHelp {
  const here = cells.findIndex((c) => c.id === currentId);
  const declaring = cells
    .map((cell, index) => ({ cell, index, at: topLevelDeclarations(cell.code).find((d) => d.name === name) }))
    .filter((c) => c.at !== undefined);
  const above = declaring.filter((c) => here >= 0 && c.index < here).at(-1);
  const self = declaring.find((c) => c.index === here);
  const below = declaring.find((c) => here < 0 || c.index > here);
  const other = above ?? (self ? undefined : below);
  if (other) {
    const where = here < 0 ? '' : other === above ? ' above' : ' below';
    const why = other.cell.ran ? ', but its last run did not get as far as declaring it.' : ', which has not run since the kernel started.';
    return { message: [{ code: name }, ' is declared in cell ', { code: other.cell.id }, `${where}${why}`], runFirst: other.cell.id };
  }
  if (self?.at) {
    return {
      message: [{ code: name }, ` is declared in this cell on line ${self.at.line}, and can only be used once that line has run.`],
    };
  }
  return { message: ['No cell on this page declares ', { code: name }, ' at top level: check its spelling.'] };
}

/** The message as plain text, code spans in backticks (for tests and screen-reader-free contexts). */
export function explainedText(message: Explained): string {
  return message.map((p) => (typeof p === 'string' ? p : `\`${p.code}\``)).join('');
}
