'use client';
import { useEffect } from 'react';
import { useProgress } from './useProgress';
import { markCompleted, markVisited } from '@/lib/progress/chapters';
import { chapterStatus } from '@/lib/progress/completion';
import type { ChapterInventory } from '@/lib/content/inventory';

/** Renders nothing: records that a lesson was opened, and when its last check is done. */
export function ChapterTracker({ slug, inventory }: { slug: string; inventory: ChapterInventory }) {
  const progress = useProgress();
  const complete = chapterStatus(progress, slug, inventory).complete;
  useEffect(() => markVisited(slug), [slug]);
  useEffect(() => {
    if (complete) markCompleted(slug);
  }, [complete, slug]);
  return null;
}
