import path from 'node:path';
import { contentDir } from '../paths';
import { checkCourse } from './course';
import { loadFile } from './load';
import { checkComponents } from './components';
import { checkIds } from './ids';
import { checkQuizzes } from './quizzes';
import { checkCells } from './cells';
import { checkMath } from './math';
import { anchorsOf, checkLinks, type SiteMap } from './links';
import { listDraft } from './drafts';
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

const treeChecks = [checkComponents, checkIds, checkQuizzes, checkCells, checkMath];

function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Checks the whole course in one pass and returns every problem found, sorted by file and line. */
export function checkContent({ root = contentDir(), pages = [] }: CheckOptions = {}): CheckReport {
  const course = checkCourse(root);
  const errors: Problem[] = [...course.problems];
  const infos: Problem[] = [];
  const slugs = [...new Set([...course.listed.filter((s) => course.folders.includes(s)), ...course.folders])];
  const files: CheckedFile[] = [];
  for (const slug of slugs) {
    const { file, problems } = loadFile(path.join(root, slug, 'index.mdx'), slug);
    files.push(file);
    errors.push(...problems);
  }
  for (const page of pages) {
    const { file, problems } = loadFile(page, null);
    files.push(file);
    errors.push(...problems);
  }
  const site: SiteMap = { chapters: new Map() };
  for (const f of files) {
    if (f.slug && course.listed.includes(f.slug)) site.chapters.set(f.slug, { anchors: anchorsOf(f), draft: Boolean(f.frontmatter?.draft) });
  }
  for (const f of files) {
    if (f.tree) for (const check of treeChecks) errors.push(...check(f));
    errors.push(...checkLinks(f, site));
    infos.push(...listDraft(f));
  }
  return { errors: errors.sort(byPlace), infos: infos.sort(byPlace) };
}
