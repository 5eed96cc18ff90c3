import fs from 'node:fs';
import path from 'node:path';
import { parseSource } from '../frontmatter';
import { displayPath } from '../paths';
import { parseMdx } from '../mdx-parser';
import { expandExamples } from '../remark-examples';
import type { CheckedFile, Problem } from './types';

/**
 * Reads one MDX file: frontmatter against the schema, then MDX syntax. Both kinds of problem are
 * returned; the tree is null when the syntax is broken (the parser stops at the first error).
 */
export function loadFile(absFile: string, slug: string | null): { file: CheckedFile; problems: Problem[] } {
  const file = displayPath(absFile);
  const source = fs.readFileSync(absFile, 'utf8');
  const parsed = parseSource(source, file);
  const problems = [...parsed.problems];
  const body = '\n'.repeat(parsed.bodyLineOffset) + parsed.body;
  let tree = null;
  try {
    tree = parseMdx(body);
    expandExamples(tree, body);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    problems.push({ file, line: e.line ?? 1, column: e.column ?? 1, message: `MDX syntax: ${e.reason ?? e.message}` });
  }
  const frontmatterLines = source.split('\n').slice(0, parsed.bodyLineOffset);
  return {
    file: { file, slug, dir: path.dirname(absFile), body, frontmatter: parsed.frontmatter, frontmatterLines, tree },
    problems,
  };
}
