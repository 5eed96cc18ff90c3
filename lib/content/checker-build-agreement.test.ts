import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check';
import { checkCourse } from './check/course';
import { compileChapter } from './compile';
import { ContentError, formatProblem } from './errors';
import { displayPath } from './paths';

/**
 * The checker and the build run one rule set: for every chapter of every fixture, the build
 * refuses exactly what the checker reports in that chapter's folder (same file:line:column and
 * message), and builds what the checker passes. Course-level problems (course.json) belong to
 * the checker alone, which `npm run build` runs first.
 */
const fixtures = 'lib/content/check/fixtures';

function chapterFolders(root: string): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'index.mdx')))
    .map((d) => d.name)
    .sort();
}

async function buildVerdict(slug: string, root: string): Promise<string[]> {
  try {
    await compileChapter(slug, root);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
}

describe('the build refuses exactly what the checker reports', () => {
  for (const kind of fs.readdirSync(fixtures).sort()) {
    const root = path.join(fixtures, kind);
    it(`in every chapter of the "${kind}" fixture`, async () => {
      // course.json against the folders (e.g. a folder it does not list) is not any one chapter's build.
      const courseLevel = new Set(checkCourse(root).problems.map(formatProblem));
      const checked = checkContent({ root })
        .errors.map(formatProblem)
        .filter((line) => !courseLevel.has(line));
      for (const slug of chapterFolders(root)) {
        const folder = `${displayPath(path.resolve(root, slug))}/`;
        const checker = checked.filter((line) => line.startsWith(folder));
        expect(await buildVerdict(slug, root), `${kind}/${slug}`).toEqual(checker);
      }
    }, 60_000);
  }
});
