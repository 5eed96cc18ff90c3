import { parser } from '@lezer/javascript';
import { highlightCode, classHighlighter } from '@lezer/highlight';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JavaScript highlighted at build time as HTML spans with CodeMirror's `tok-*` classes, so
 * the page shows coloured code before (and without) any editor JavaScript, and the editor
 * that replaces it later uses the same classes and colours.
 */
export function highlightJs(code: string): string {
  let html = '';
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, classes) => {
      html += classes ? `<span class="${classes}">${escapeHtml(text)}</span>` : escapeHtml(text);
    },
    () => {
      html += '\n';
    },
  );
  return html;
}
