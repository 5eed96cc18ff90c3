import { chapterStatus } from './completion';
import type { Progress } from './schema';
import type { ChapterInventory } from '@/lib/content/inventory';

interface CourseChapter {
  slug: string;
  inventory: ChapterInventory;
}

/**
 * Where "Continue where you left off" leads: the chapter the learner last opened while it is
 * unfinished; once it is finished, the next unfinished chapter in course order after it (then
 * the first unfinished one before it). Finished means completion.ts's "complete", or completed
 * once (a chapter stays finished if the author later adds a quiz). Null before any lesson was
 * opened; the last chapter opened when every chapter is finished.
 */
export function continueChapter(progress: Progress, chapters: CourseChapter[]): string | null {
  const last = progress.lastVisited?.slug;
  if (last === undefined) return null;
  const finished = ({ slug, inventory }: CourseChapter) =>
    Boolean(progress.chapters[slug]?.completedAt) || chapterStatus(progress, slug, inventory).complete;
  const at = chapters.findIndex((c) => c.slug === last);
  // A chapter no longer in the course counts as the start: the first unfinished chapter.
  const from = at === -1 ? 0 : at;
  const order = [...chapters.slice(from), ...chapters.slice(0, from)];
  const next = order.find((c) => !finished(c));
  return next?.slug ?? (at === -1 ? null : last);
}
