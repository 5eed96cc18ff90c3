import { parser } from '@lezer/javascript';
import { highlightCode, classHighlighter } from '@lezer/highlight';
import { wrapIndent } from './wrap-indent';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JavaScript highlighted at build time as HTML spans with CodeMirror's `tok-*` classes, so
 * the page shows coloured code before (and without) any editor JavaScript, and the editor
 * that replaces it later uses the same classes and colours. An indented line is wrapped in a
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
      html += classes ? `<span class="${classes}">${escapeHtml(piece)}</span>` : escapeHtml(piece);
    },
    endLine,
  );
  endLine();
  return lines.join('\n');
}
