'use client';
import { useProgress } from './useProgress';
import { chapterStatus } from '@/lib/progress/completion';
import type { ChapterInventory } from '@/lib/content/inventory';
import './progress.css';

/**
 * "2 of 5 checks passed" and a bar, for a chapter card. The server renders the empty state at
 * the same size, so the card does not move when the learner's progress arrives.
 */
export function ChapterProgressBar({ slug, inventory }: { slug: string; inventory: ChapterInventory }) {
  const status = chapterStatus(useProgress(), slug, inventory);
  const label =
    status.total === 0
      ? status.visited
        ? 'Read'
        : 'Not started'
      : status.complete
        ? `Completed: all ${status.total} checks passed`
        : `${status.done} of ${status.total} ${status.total === 1 ? 'check' : 'checks'} passed`;
  const fraction = status.total === 0 ? (status.visited ? 1 : 0) : status.done / status.total;
  return (
    <div className="chapter-progress" data-state={status.complete ? 'complete' : status.visited ? 'started' : 'new'}>
      <span className="chapter-progress-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(fraction * 100)}%` }} />
      </span>
      <span className="chapter-progress-label">{label}</span>
    </div>
  );
}
