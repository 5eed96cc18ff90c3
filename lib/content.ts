/** Build-time access to the course for the routes; memoised because several routes ask for the same chapter. */
import { readOutline, type CourseOutline } from './content/course';
import { compileChapter, type CompiledChapter } from './content/compile';
import { guideRoot, guideSlug } from './content/guide';

let outline: Promise<CourseOutline> | undefined;
let guide: Promise<CompiledChapter> | undefined;
const chapters = new Map<string, Promise<CompiledChapter>>();
const dev = process.env.NODE_ENV === 'development';

export function getOutline(): Promise<CourseOutline> {
  if (dev || !outline) outline = readOutline();
  return outline;
}

export function getChapter(slug: string): Promise<CompiledChapter> {
  let chapter = chapters.get(slug);
  if (dev || !chapter) {
    chapter = compileChapter(slug);
    chapters.set(slug, chapter);
  }
  return chapter;
}

/** The instructors' guide (content-guide/), compiled by the same pipeline as the chapters. */
export function getGuide(): Promise<CompiledChapter> {
  if (dev || !guide) guide = compileChapter(guideSlug, guideRoot());
  return guide;
}
