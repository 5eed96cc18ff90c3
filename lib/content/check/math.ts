import type { Nodes } from 'mdast';
import katex from 'katex';
import { pointAt, walk, type CheckedFile, type Problem } from './types';

/** The text the author wrote for a node (positions are offsets into the body). */
function rawOf(f: CheckedFile, node: Nodes): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? f.body.slice(start.offset, end.offset) : '';
}

/** Typesets every $…$ and $$…$$ as the build does (rehype-katex, throwOnError) and locates errors. */
function typeset(f: CheckedFile, node: Nodes & { value: string }, raw: string): Problem[] {
  const start = node.position?.start;
  // `$$…$$` written on one line is display math too (lib/content/remark-display-math.ts).
  const displayMode = node.type === 'math' || raw.startsWith('$$');
  try {
    katex.renderToString(node.value, { displayMode, throwOnError: true, strict: false, output: 'htmlAndMathml' });
    return [];
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    const inRaw = raw.indexOf(node.value);
    const offset = inRaw >= 0 && start?.offset !== undefined ? start.offset + inRaw + (error.position ?? 0) : undefined;
    const where = offset !== undefined ? pointAt(f.body, offset) : { line: start?.line ?? 1, column: start?.column ?? 1 };
    const reason = (error as { rawMessage?: string }).rawMessage ?? error.message;
    return [{ file: f.file, ...where, message: `KaTeX cannot typeset this math: ${reason}` }];
  }
}

/**
 * KaTeX errors, a `$$` block that is never closed (remark-math then makes everything after it
 * math), and a lone `$` that opens no formula (shown as a literal dollar, or pairing with a later
 * one). A dollar sign meant as money is written `\$`.
 */
export function checkMath(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  for (const [node] of walk(f.tree as Nodes)) {
    const start = node.position?.start;
    if (node.type === 'math') {
      const raw = rawOf(f, node);
      if (!/\n[ \t>]*\$\$+[ \t]*$/.test(raw) && !/^\$\$[^\n]*\$\$\s*$/.test(raw)) {
        problems.push({
          file: f.file,
          line: start?.line ?? 1,
          column: start?.column ?? 1,
          message: 'this $$ is never closed, so everything after it is typeset as math: add a line with $$ after the formula',
        });
        continue;
      }
    }
    if (node.type === 'math' || node.type === 'inlineMath') problems.push(...typeset(f, node, rawOf(f, node)));
    if (node.type === 'text' && start?.offset !== undefined) {
      const raw = rawOf(f, node);
      for (const m of raw.matchAll(/(?<!\\)\$+/g)) {
        problems.push({
          file: f.file,
          ...pointAt(f.body, start.offset + (m.index ?? 0)),
          message: `a lone ${m[0]} opens no formula (nothing closes it in this paragraph): close the math with ${m[0]}, or write \\$ for a dollar sign`,
        });
      }
    }
  }
  return problems;
}
