import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../paths';
import { checkCourse, type CourseCheck } from './course';
import { loadFile } from './load';
import { checkComponents } from './components';
import { checkIds } from './ids';
import { checkQuizzes } from './quizzes';
import { checkCells } from './cells';
import { checkMath } from './math';
import { anchorsOf, checkLinks, type SiteMap } from './links';
import { listDraft } from './drafts';
import { checkFigures } from './figures';
import { checkExpressions } from './expressions';
import { checkParams } from './params';
import { checkUnsafeHtml } from './unsafe';
import type { CheckedFile, Problem } from './types';

export interface CheckReport {
  /** Problems that fail `npm run check:content` and the build. */
  errors: Problem[];
  /** Lines worth knowing that are not errors (drafts). */
  infos: Problem[];
}

export interface CheckOptions {
  /** The content folder (course.json and chapter folders); defaults to MINIMAX_CONTENT_DIR or content/. */
  root?: string;
  /** MDX pages outside the course that use the same components (the authoring guide). */
  pages?: string[];
}

/** The rules that look at one file's syntax tree. The build runs exactly these too (compile.ts). */
const treeChecks = [checkComponents, checkIds, checkQuizzes, checkCells, checkMath, checkParams, checkExpressions, checkUnsafeHtml];

function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

interface LoadedCourse {
  course: CourseCheck;
  files: { file: CheckedFile; problems: Problem[] }[];
  site: SiteMap;
}

function loadCourse(root: string, pages: string[]): LoadedCourse {
  const course = checkCourse(root);
  const slugs = [...new Set([...course.listed.filter((s) => course.folders.includes(s)), ...course.folders])];
  const files = [...slugs.map((slug) => loadFile(path.join(root, slug, 'index.mdx'), slug)), ...pages.map((page) => loadFile(page, null))];
  const site: SiteMap = { chapters: new Map() };
  for (const { file: f } of files) {
    if (f.slug && course.listed.includes(f.slug))
      site.chapters.set(f.slug, { anchors: anchorsOf(f), draft: Boolean(f.frontmatter?.draft) });
  }
  return { course, files, site };
}

/** Every problem of one MDX file and the figures beside it. */
function checkOne({ file: f, problems }: LoadedCourse['files'][number], site: SiteMap): Problem[] {
  const errors = [...problems];
  if (f.tree) for (const check of treeChecks) errors.push(...check(f));
  errors.push(...checkLinks(f, site));
  errors.push(...checkFigures(f.dir));
  return errors;
}

/** Checks the whole course in one pass and returns every problem found, sorted by file and line. */
export function checkContent({ root = contentDir(), pages = [] }: CheckOptions = {}): CheckReport {
  const { course, files, site } = loadCourse(root, pages);
  const errors: Problem[] = [...course.problems];
  const infos: Problem[] = [];
  for (const loaded of files) {
    errors.push(...checkOne(loaded, site));
    infos.push(...listDraft(loaded.file));
  }
  return { errors: errors.sort(byPlace), infos: infos.sort(byPlace) };
}

/**
 * The build's check of one MDX file (a chapter of the course at `root`, or a page such as the
 * authoring guide): the same rules as checkContent, with links resolved against that course.
 * Problems of course.json itself are the checker's and readCourse's to report.
 */
export function checkPage(absFile: string, root: string = contentDir()): Problem[] {
  // A page's own folder without a course.json (the authoring guide's) links into the real course.
  if (!fs.existsSync(path.join(root, 'course.json'))) root = contentDir();
  const resolved = path.resolve(absFile);
  const inCourse = path.dirname(path.dirname(resolved)) === path.resolve(root);
  const loaded = loadCourseCached(root, inCourse ? [] : [resolved]);
  const mine = loaded.files.find(({ file }) => path.resolve(file.dir, 'index.mdx') === resolved) ?? loadFileOutside(resolved, inCourse);
  return checkOne(mine, loaded.site).sort(byPlace);
}

/**
 * The build compiles every chapter, and each needs the whole course for its links: parse the
 * course once per process while no file of it has changed (the dev server edits them).
 */
const courseCache = new Map<string, { stamp: string; loaded: LoadedCourse }>();

function stampOf(root: string, pages: string[]): string {
  const files = [path.join(root, 'course.json'), ...pages];
  if (fs.existsSync(root)) for (const d of fs.readdirSync(root)) files.push(path.join(root, d, 'index.mdx'));
  return files.map((f) => (fs.existsSync(f) ? `${f}@${fs.statSync(f).mtimeMs}:${fs.statSync(f).size}` : f)).join('|');
}

function loadCourseCached(root: string, pages: string[]): LoadedCourse {
  const key = [path.resolve(root), ...pages].join('|');
  const stamp = stampOf(root, pages);
  const hit = courseCache.get(key);
  if (hit?.stamp === stamp) return hit.loaded;
  const loaded = loadCourse(root, pages);
  courseCache.set(key, { stamp, loaded });
  return loaded;
}

/** A chapter folder that course.json does not list, compiled by a test: checked all the same. */
function loadFileOutside(absFile: string, inCourse: boolean) {
  return loadFile(absFile, inCourse ? path.basename(path.dirname(absFile)) : null);
}
