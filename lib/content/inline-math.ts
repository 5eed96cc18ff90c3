import katex from 'katex';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]);

/**
 * Typesets the `$…$` spans of a one-line frontmatter string (a learning objective) to HTML at
 * build time, the same way the lesson body's math is rendered (KaTeX, HTML + MathML, no client JS).
 * Text outside the dollars is escaped. An unmatched `$` or bad TeX throws with the string quoted.
 */
export function inlineMathToHtml(text: string): string {
  const parts = text.split('$');
  if (parts.length % 2 === 0) throw new Error(`unmatched $ in ${JSON.stringify(text)}: write math as $…$`);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      try {
        return katex.renderToString(part, { output: 'htmlAndMathml', throwOnError: true, strict: false });
      } catch (e) {
        throw new Error(`bad math $${part}$ in ${JSON.stringify(text)}: ${(e as Error).message}`, { cause: e });
      }
    })
    .join('');
}
