import type { Point } from '@/lib/drawing/points-csv';
import { MAX_DRAWN_POINTS } from '@/lib/drawing/limits';
import { keyOf } from './shape';
import { getProgress, updateProgress } from './store';

/** Every drawn data set of a chapter, by id: what a run of that chapter's cells can read. */
export function drawingsOf(chapter: string): Record<string, Point[]> {
  const prefix = keyOf(chapter, '');
  return Object.fromEntries(
    Object.entries(getProgress().drawings)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, d]) => [key.slice(prefix.length), d.points]),
  );
}

export function saveDrawing(chapter: string, id: string, points: readonly Point[]): void {
  const key = keyOf(chapter, id);
  const kept = points.slice(0, MAX_DRAWN_POINTS).map(([x, y]): Point => [x, y]);
  updateProgress((p) => ({ ...p, drawings: { ...p.drawings, [key]: { points: kept, updatedAt: new Date().toISOString() } } }));
}
