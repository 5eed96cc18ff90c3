/**
 * A code line that wraps continues under its own indentation, not at the left edge: the line's
 * leading whitespace becomes a hanging indent. The build-time highlighter (highlight.ts) and the
 * editor (components/cell/editor.ts) both mark lines with it, and one CSS rule (cell.css, `--indent`)
 * lays both out, so the code wraps at the same places before and after the editor loads.
 */

/** Columns a tab takes, as `tab-size` in cell.css. */
const TAB_SIZE = 2;

/** The CSS length of the line's leading whitespace ('4ch'), or null for a line that starts with code or is blank. */
export function wrapIndent(line: string): string | null {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns += 1;
    else if (c === '\t') columns += TAB_SIZE - (columns % TAB_SIZE);
    else return columns > 0 ? `${columns}ch` : null;
  }
  return null;
}
