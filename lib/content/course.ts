import fs from 'node:fs/promises';
import path from 'node:path';
import { courseSchema, type Course, type Frontmatter } from './schema';
import { parseSource } from './frontmatter';
import { ContentError } from './errors';
import { contentDir, chapterFile, displayPath } from './paths';
import { jsonErrorPlace } from './check/course';

export interface ChapterEntry {
  slug: string;
  frontmatter: Frontmatter;
}

export interface CourseOutline {
  course: Course;
  /** Chapters in reading order; drafts only outside production builds. */
  chapters: ChapterEntry[];
}

async function readCourse(root = contentDir()): Promise<Course> {
  const file = path.join(root, 'course.json');
  const text = await fs.readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ContentError([
      {
        file: displayPath(file),
        ...jsonErrorPlace(text, e as Error),
        message: `course.json is not valid JSON: ${(e as Error).message.split('\n')[0]}`,
      },
    ]);
  }
  const parsed = courseSchema.safeParse(json);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((i) => ({
        file: displayPath(file),
        line: 1,
        column: 1,
        message: `course.json "${i.path.join('.')}" ${i.message}`,
      })),
    );
  }
  return parsed.data;
}

function showDrafts(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.MINIMAX_SHOW_DRAFTS === '1';
}

export async function readOutline(root = contentDir()): Promise<CourseOutline> {
  const course = await readCourse(root);
  const chapters: ChapterEntry[] = [];
  for (const slug of course.chapters) {
    const file = chapterFile(slug, root);
    const parsed = parseSource(await fs.readFile(file, 'utf8'), displayPath(file));
    if (!parsed.frontmatter) throw new ContentError(parsed.problems);
    if (parsed.frontmatter.draft && !showDrafts()) continue;
    chapters.push({ slug, frontmatter: parsed.frontmatter });
  }
  return { course, chapters };
}
