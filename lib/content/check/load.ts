import fs from 'node:fs';
import path from 'node:path';
import { parseSource } from '../frontmatter';
import { displayPath } from '../paths';
import { decodeSource } from './encoding';
import { parseRecovering } from './syntax';
import type { CheckedFile, Problem } from './types';

/**
 * Reads one MDX file: its bytes as UTF-8, the frontmatter against the schema, then MDX syntax.
 * Every kind of problem is returned. After a syntax error the parser is run again with the
 * offending tag or line blanked, so the rest of the chapter is still checked.
 */
export function loadFile(absFile: string, slug: string | null): { file: CheckedFile; problems: Problem[] } {
  const file = displayPath(absFile);
  const decoded = decodeSource(fs.readFileSync(absFile), file);
  const problems = [...decoded.problems];
  const dir = path.dirname(absFile);
  if (decoded.text === null) {
    return { file: { file, slug, dir, body: '', frontmatter: null, frontmatterLines: [], tree: null, unclosed: new Set() }, problems };
  }
  const source = decoded.text;
  const parsed = parseSource(source, file);
  problems.push(...parsed.problems);
  const body = '\n'.repeat(parsed.bodyLineOffset) + parsed.body;
  if (parsed.frontmatter && parsed.body.trim() === '') {
    problems.push({
      file,
      line: parsed.bodyLineOffset,
      column: 1,
      message: 'the chapter has only frontmatter: write the lesson below this closing ---',
    });
  }
  const { tree, problems: syntax, unclosed } = parseRecovering(body, file);
  problems.push(...syntax);
  const frontmatterLines = source.split('\n').slice(0, parsed.bodyLineOffset);
  return { file: { file, slug, dir, body, frontmatter: parsed.frontmatter, frontmatterLines, tree, unclosed }, problems };
}
