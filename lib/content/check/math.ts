import type { Nodes } from 'mdast';
import katex from 'katex';
import { pointAt, walk, type CheckedFile, type Problem } from './types';

/** Typesets every $…$ and $$…$$ as the build does (rehype-katex, throwOnError) and locates errors. */
export function checkMath(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  for (const [node] of walk(f.tree as Nodes)) {
    if (node.type !== 'inlineMath' && node.type !== 'math') continue;
    try {
      katex.renderToString(node.value, { displayMode: node.type === 'math', throwOnError: true, strict: false, output: 'htmlAndMathml' });
    } catch (error) {
      if (!(error instanceof katex.ParseError)) throw error;
      const { start, end } = node.position ?? {};
      const raw = start?.offset !== undefined && end?.offset !== undefined ? f.body.slice(start.offset, end.offset) : '';
      const inRaw = raw.indexOf(node.value);
      const offset = inRaw >= 0 && start?.offset !== undefined ? start.offset + inRaw + (error.position ?? 0) : undefined;
      const where = offset !== undefined ? pointAt(f.body, offset) : { line: start?.line ?? 1, column: start?.column ?? 1 };
      const reason = (error as { rawMessage?: string }).rawMessage ?? error.message;
      problems.push({ file: f.file, ...where, message: `KaTeX cannot typeset this math: ${reason}` });
    }
  }
  return problems;
}
