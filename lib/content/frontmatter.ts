import matter from 'gray-matter';
import { frontmatterSchema, type Frontmatter } from './schema';
import type { ContentProblem } from './errors';

export interface ParsedSource {
  frontmatter: Frontmatter | null;
  /** The MDX body without the frontmatter block. */
  body: string;
  /** Lines taken by the frontmatter block, so body positions can be mapped back to the file. */
  bodyLineOffset: number;
  problems: ContentProblem[];
}

/** js-yaml's first line, without its own "at line 3, column 5:" (relative to the block, so misleading). */
function yamlReason(e: Error): string {
  return e.message.split('\n')[0].replace(/\s*at line \d+, column \d+:?$/, '') + ' (check quotes, colons and indentation here)';
}

/** Splits and validates the frontmatter, locating each problem at the offending key. */
export function parseSource(source: string, file: string): ParsedSource {
  const lines = source.split('\n');
  const problems: ContentProblem[] = [];
  if (lines[0]?.trim() !== '---') {
    return {
      frontmatter: null,
      body: source,
      bodyLineOffset: 0,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: 'frontmatter missing: start the file with a --- block holding title, summary, objectives and minutes',
        },
      ],
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    return {
      frontmatter: null,
      body: source,
      bodyLineOffset: 0,
      problems: [{ file, line: 1, column: 1, message: 'frontmatter is not closed: add a line with --- after it' }],
    };
  }
  let data: unknown;
  try {
    // Options (even empty) turn off gray-matter's cache, which answers a second read of a file
    // whose YAML failed with empty data ("title is required") instead of the error.
    data = matter(source, {}).data;
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    return {
      frontmatter: null,
      body: lines.slice(end + 1).join('\n'),
      bodyLineOffset: end + 1,
      // js-yaml counts lines from 0 in the text after the opening ---, which starts with that
      // line's newline: its line n is line n + 1 of the file.
      problems: [
        {
          file,
          line: (mark?.line ?? 0) + 1,
          column: (mark?.column ?? 0) + 1,
          message: `frontmatter is not valid YAML: ${yamlReason(e as Error)}`,
        },
      ],
    };
  }
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const keyLine = key ? lines.slice(1, end).findIndex((l) => l.startsWith(`${key}:`)) : -1;
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const unknownLine = unknownKeys.length ? lines.slice(1, end).findIndex((l) => l.startsWith(`${unknownKeys[0]}:`)) : -1;
      const at = keyLine >= 0 ? keyLine + 2 : unknownLine >= 0 ? unknownLine + 2 : 1;
      const where = issue.path.length ? `frontmatter "${issue.path.join('.')}"` : 'frontmatter';
      const message =
        issue.code === 'unrecognized_keys'
          ? `frontmatter has unknown field(s) ${unknownKeys.map((k) => `"${k}"`).join(', ')}; allowed: title, summary, objectives, minutes, prerequisites, draft`
          : issue.code === 'invalid_type' && !(typeof data === 'object' && data !== null && key in data)
            ? `${where} is required`
            : `${where} ${issue.message}`;
      problems.push({ file, line: at, column: 1, message });
    }
  }
  return {
    frontmatter: parsed.success ? parsed.data : null,
    body: lines.slice(end + 1).join('\n'),
    bodyLineOffset: end + 1,
    problems,
  };
}
