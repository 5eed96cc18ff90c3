import { parser } from '@lezer/javascript';
import { highlightCode, classHighlighter } from '@lezer/highlight';
import { wrapIndent } from './wrap-indent';

/**
 * The token classes components/cell/cell.css colours, each entry one selector's classes. A token
 * whose classes match none of them (punctuation, operators, plain names: about half of them)
 * stays unwrapped text: a span without a colour only adds bytes and elements to the page.
 */
export const COLOURED_TOKENS: readonly (readonly string[])[] = [
  ['tok-keyword'],
  ['tok-modifier'],
  ['tok-operatorKeyword'],
  ['tok-string'],
  ['tok-string2'],
  ['tok-number'],
  ['tok-bool'],
  ['tok-atom'],
  ['tok-comment'],
  ['tok-variableName', 'tok-definition'],
  ['tok-propertyName', 'tok-definition'],
  ['tok-typeName'],
  ['tok-className'],
];

function isColoured(classes: string): boolean {
  const own = classes.split(' ');
  return COLOURED_TOKENS.some((selector) => selector.every((c) => own.includes(c)));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JavaScript highlighted at build time as HTML spans with CodeMirror's `tok-*` classes, so
 * the page shows coloured code before (and without) any editor JavaScript, and the editor
 * that replaces it later uses the same classes and colours (only coloured tokens get a span). An indented line is wrapped in a
 * `code-line` span carrying its indent, so that it wraps under itself (wrap-indent.ts).
 */
export function highlightJs(code: string): string {
  const lines: string[] = [];
  let html = '';
  let text = '';
  const endLine = () => {
    const indent = wrapIndent(text);
    lines.push(indent ? `<span class="code-line" style="--indent:${indent}">${html}</span>` : html);
    html = '';
    text = '';
  };
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (piece, classes) => {
      text += piece;
      html += classes && isColoured(classes) ? `<span class="${classes}">${escapeHtml(piece)}</span>` : escapeHtml(piece);
    },
    endLine,
  );
  endLine();
  return lines.join('\n');
}
