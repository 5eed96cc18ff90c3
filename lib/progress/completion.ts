import { keyOf } from './shape';
import type { Progress } from './schema';
import type { ChapterInventory } from '@/lib/content/inventory';

export type CheckKind = 'quiz' | 'reflect' | 'exercise';

interface CheckStatus {
  kind: CheckKind;
  id: string;
  done: boolean;
}

export interface ChapterStatus {
  checks: CheckStatus[];
  done: number;
  total: number;
  /** Every check done. A chapter without checks is complete once visited. */
  complete: boolean;
  visited: boolean;
  cellsRun: number;
}

/**
 * What "complete" means for a chapter: every quiz answered correctly, every exercise passed (with
 * the learner's own code: solved with the solution shown does not count) and every reflection marked (either way: an honest "not yet" is still a finished reflection).
 */
export function chapterStatus(progress: Progress, slug: string, inventory: ChapterInventory): ChapterStatus {
  const quiz = (id: string) => progress.quizzes[keyOf(slug, id)];
  const checks: CheckStatus[] = [
    ...inventory.quizzes.map((id) => ({ kind: 'quiz' as const, id, done: quiz(id)?.correct === true })),
    ...inventory.exercises.map((id) => ({ kind: 'exercise' as const, id, done: Boolean(progress.exercises[keyOf(slug, id)]?.passedAt) })),
    ...inventory.reflects.map((id) => ({ kind: 'reflect' as const, id, done: quiz(id)?.mark !== undefined })),
  ];
  const done = checks.filter((c) => c.done).length;
  const visited = Boolean(progress.chapters[slug]?.visitedAt);
  const cellsRun = inventory.cells.filter((id) => (progress.cells[keyOf(slug, id)]?.runs ?? 0) > 0).length;
  return { checks, done, total: checks.length, complete: visited && done === checks.length, visited, cellsRun };
}
