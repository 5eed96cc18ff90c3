import fs from 'node:fs';
import path from 'node:path';
import { courseSchema } from '../schema';
import { idPattern } from '../components';
import { displayPath } from '../paths';
import { pointAt, type Problem } from './types';

export interface CourseCheck {
  problems: Problem[];
  /** Slugs course.json lists (valid or not), in order. */
  listed: string[];
  /** Chapter folders on disk that hold an index.mdx. */
  folders: string[];
  /** False when course.json is missing or not JSON; `listed` is then every folder. */
  readable: boolean;
}

/** JSON.parse names an offset ("at position 42") for most errors; a trailing comma it does not place. */
export function jsonErrorPlace(text: string, error: Error): { line: number; column: number } {
  const offset = /position (\d+)/.exec(error.message)?.[1];
  if (offset) return pointAt(text, Number(offset));
  const trailing = /,\s*[\]}]/.exec(text);
  if (trailing) return pointAt(text, trailing.index);
  return { line: 1, column: 1 };
}

/** The reason without Node's quote of the text ("…"["a",]" is not valid JSON"), which the position replaces. */
function jsonReason(error: Error): string {
  const first = error.message.split('\n')[0];
  if (/^Unexpected token '?[\]}]'?,/.test(first)) return 'a comma before ] or }: delete it';
  return first.replace(/\s*in JSON at position \d+.*$/, '').replace(/, ".*$/s, '') + ': fix the JSON here';
}

/** Where the n-th (0-based) occurrence of `"slug"` sits in the chapters array of course.json. */
function locate(text: string, slug: string, occurrence: number): { line: number; column: number } {
  const from = Math.max(0, text.indexOf('"chapters"'));
  let index = from - 1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(JSON.stringify(slug), index + 1);
    if (index < 0) return { line: 1, column: 1 };
  }
  return pointAt(text, index);
}

function chapterFolders(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^[._]/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** course.json must be valid, list each chapter once, and agree with the folders on disk. */
export function checkCourse(root: string): CourseCheck {
  const file = path.join(root, 'course.json');
  const shown = displayPath(file);
  const problems: Problem[] = [];
  const folders = chapterFolders(root);
  const withIndex = folders.filter((d) => fs.existsSync(path.join(root, d, 'index.mdx')));
  for (const d of folders.filter((d) => !withIndex.includes(d))) {
    problems.push({
      file: displayPath(path.join(root, d)),
      line: 1,
      column: 1,
      message: `folder "${d}" has no index.mdx: a chapter folder needs one (or remove the folder)`,
    });
  }
  if (!fs.existsSync(file)) {
    problems.push({
      file: shown,
      line: 1,
      column: 1,
      message: 'course.json is missing: it lists the title, pitch and ordered chapter slugs',
    });
    return { problems, listed: withIndex, folders: withIndex, readable: false };
  }
  const text = fs.readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({
      file: shown,
      ...jsonErrorPlace(text, error as Error),
      message: `course.json is not valid JSON: ${jsonReason(error as Error)}`,
    });
    // Without a readable list, "not listed" and "no such chapter" would be noise: treat every folder as listed.
    return { problems, listed: withIndex, folders: withIndex, readable: false };
  }
  const parsed = courseSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const value = key === 'chapters' && typeof index === 'number' ? (json as { chapters: unknown[] }).chapters[index] : undefined;
      const keyAt = typeof key === 'string' ? text.indexOf(JSON.stringify(key)) : -1;
      const where = typeof value === 'string' ? locate(text, value, 0) : keyAt >= 0 ? pointAt(text, keyAt) : { line: 1, column: 1 };
      problems.push({ file: shown, ...where, message: `course.json "${issue.path.join('.')}" ${issue.message}` });
    }
  }
  const raw = (json as { chapters?: unknown }).chapters;
  const listed = Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : [];
  const counts = new Map<string, number>();
  for (const slug of listed) {
    const n = counts.get(slug) ?? 0;
    counts.set(slug, n + 1);
    if (n > 0) problems.push({ file: shown, ...locate(text, slug, n), message: `course.json lists "${slug}" more than once` });
    else if (idPattern.test(slug) && !withIndex.includes(slug)) {
      problems.push({
        file: shown,
        ...locate(text, slug, 0),
        message: `course.json lists "${slug}" but ${displayPath(path.join(root, slug, 'index.mdx'))} does not exist: create it with npm run new:chapter, or remove the entry`,
      });
    }
  }
  for (const d of withIndex.filter((d) => !counts.has(d))) {
    problems.push({
      file: displayPath(path.join(root, d, 'index.mdx')),
      line: 1,
      column: 1,
      message: `chapter folder "${d}" is not listed in ${shown}: add "${d}" to "chapters", or remove the folder`,
    });
  }
  return { problems, listed: [...counts.keys()], folders: withIndex, readable: true };
}
