/** Build-time access to the course for the routes; memoised because several routes ask for the same chapter. */
import { readOutline, type CourseOutline } from './content/course';
import { compileChapter, type CompiledChapter } from './content/compile';

let outline: Promise<CourseOutline> | undefined;
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
