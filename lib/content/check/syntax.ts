import type { Root } from 'mdast';
import { parseMdx } from '../mdx-parser';
import { expandExamples } from '../remark-examples';
import type { Problem } from './types';

/** At most this many syntax errors per file; past that the file is too broken to guess at. */
const maxErrors = 10;

interface SyntaxError {
  line: number;
  column: number;
  message: string;
  /** What to blank before parsing again: the unclosed tag, or the line of the error. */
  blank: { from: number; to: number };
  /** The tag left unclosed, when that is the error. */
  unclosed?: string;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** Reads the parser's error: micromark gives line/column; mdast-util-mdx-jsx puts the tag's place in its reason. */
function describe(error: unknown, text: string): SyntaxError | null {
  const e = error as { line?: number; column?: number; reason?: string; message?: string };
  const reason = e.reason ?? e.message ?? String(error);
  const unclosed = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-(\d+):(\d+)\)/.exec(reason);
  if (unclosed) {
    const [, tag, l1, c1, l2, c2] = unclosed;
    const name = tag.split(/\s/)[0];
    return {
      line: Number(l1),
      column: Number(c1),
      message: `MDX syntax: <${name}> is never closed: add </${name}> where its content ends (or write <${name} … /> if it has none)`,
      blank: { from: offsetOf(text, Number(l1), Number(c1)), to: offsetOf(text, Number(l2), Number(c2)) },
      unclosed: name,
    };
  }
  if (typeof e.line !== 'number' || typeof e.column !== 'number') return null;
  const at = offsetOf(text, e.line, e.column);
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  // A tag that runs on over lines fails where the parser gives up, not where the author left it
  // unfinished: report the tag's own start, and blank the whole tag.
  const tagStart = text.lastIndexOf('<', at - 1);
  const tag = tagStart >= 0 ? /^<([A-Za-z][\w.]*)[^>]*$/.exec(text.slice(tagStart, at)) : null;
  if (tag && /tag|attribute/.test(reason) && text.slice(tagStart, at).includes('\n')) {
    const before = text.slice(0, tagStart);
    return {
      line: before.split('\n').length,
      column: tagStart - before.lastIndexOf('\n'),
      message: `MDX syntax: <${tag[1]} is never finished with ">" (the parser stopped at ${e.line}:${e.column}: ${reason})`,
      blank: { from: tagStart, to: lineEnd },
    };
  }
  const from = offsetOf(text, e.line, 1);
  return { line: e.line, column: e.column, message: `MDX syntax: ${reason}`, blank: { from, to: lineEnd } };
}

/**
 * Parses MDX; on a syntax error, reports it, blanks the unclosed tag (or the broken line) with
 * spaces, which keeps every other position, and parses again, so one typo does not hide the
 * problems after it. `unclosed` names the tags blanked, whose children now look parentless.
 */
export function parseRecovering(body: string, file: string): { tree: Root | null; problems: Problem[]; unclosed: Set<string> } {
  const problems: Problem[] = [];
  const unclosed = new Set<string>();
  let text = body;
  for (let attempt = 0; attempt <= maxErrors; attempt++) {
    try {
      const tree = parseMdx(text);
      expandExamples(tree, text);
      return { tree, problems, unclosed };
    } catch (error) {
      const found = describe(error, text);
      const seen = found && problems.some((p) => p.line === found.line && p.column === found.column);
      if (!found || seen) {
        if (!found) problems.push({ file, line: 1, column: 1, message: `MDX syntax: ${(error as Error).message}` });
        break;
      }
      problems.push({ file, line: found.line, column: found.column, message: found.message });
      if (found.unclosed) unclosed.add(found.unclosed);
      text =
        text.slice(0, found.blank.from) + text.slice(found.blank.from, found.blank.to).replace(/[^\n]/g, ' ') + text.slice(found.blank.to);
    }
  }
  return { tree: null, problems, unclosed };
}
