import fs from 'node:fs';
import path from 'node:path';
import { courseSchema, slugPattern } from '../schema';
import { displayPath } from '../paths';
import { pointAt, type Problem } from './types';

export interface CourseCheck {
  problems: Problem[];
  /** Slugs course.json lists (valid or not), in order. */
  listed: string[];
  /** Chapter folders on disk that hold an index.mdx. */
  folders: string[];
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
    problems.push({ file: displayPath(path.join(root, d)), line: 1, column: 1, message: `folder "${d}" has no index.mdx: a chapter folder needs one (or remove the folder)` });
  }
  if (!fs.existsSync(file)) {
    problems.push({ file: shown, line: 1, column: 1, message: 'course.json is missing: it lists the title, pitch and ordered chapter slugs' });
    return { problems, listed: [], folders: withIndex };
  }
  const text = fs.readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = offset ? pointAt(text, Number(offset)) : { line: 1, column: 1 };
    problems.push({ file: shown, ...where, message: `course.json is not valid JSON: ${(error as Error).message.split('\n')[0]}` });
    return { problems, listed: [], folders: withIndex };
  }
  const parsed = courseSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const value = key === 'chapters' && typeof index === 'number' ? (json as { chapters: unknown[] }).chapters[index] : undefined;
      const where = typeof value === 'string' ? locate(text, value, 0) : { line: 1, column: 1 };
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
    else if (slugPattern.test(slug) && !withIndex.includes(slug)) {
      problems.push({ file: shown, ...locate(text, slug, 0), message: `course.json lists "${slug}" but ${displayPath(path.join(root, slug, 'index.mdx'))} does not exist: create it with npm run new:chapter, or remove the entry` });
    }
  }
  for (const d of withIndex.filter((d) => !counts.has(d))) {
    problems.push({ file: displayPath(path.join(root, d, 'index.mdx')), line: 1, column: 1, message: `chapter folder "${d}" is not listed in ${shown}: add "${d}" to "chapters", or remove the folder` });
  }
  return { problems, listed: [...counts.keys()], folders: withIndex };
}
