import type { Progress } from './schema';
import { getProgress, updateProgress } from './store';

const now = () => new Date().toISOString();

/** Opening a lesson: first visit is kept, and it becomes where "Continue" leads. */
export function markVisited(slug: string): void {
  updateProgress((p) => ({
    ...p,
    lastVisited: { slug, at: now() },
    chapters: { ...p.chapters, [slug]: { ...p.chapters[slug], visitedAt: p.chapters[slug]?.visitedAt ?? now() } },
  }));
}

/** Records the moment a chapter was first completed; later visits do not move it. */
export function markCompleted(slug: string): void {
  if (getProgress().chapters[slug]?.completedAt) return;
  updateProgress((p: Progress) => ({ ...p, chapters: { ...p.chapters, [slug]: { ...p.chapters[slug], completedAt: now() } } }));
}
