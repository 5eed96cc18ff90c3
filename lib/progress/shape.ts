import type { Progress } from './schema';
import { PROGRESS_VERSION } from './version';

/**
 * What every page needs of the progress record: an empty one and the key of an item. Kept apart from schema.ts so that importing them does not bring zod into a page's
 * first load; the schema loads only when saved progress is read (see store.ts).
 */

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, chapters: {}, quizzes: {}, exercises: {}, cells: {}, drawings: {} };
}

/** The maps of entries a record holds, each keyed by `keyOf` (chapters by slug). */
export const PROGRESS_SECTIONS = ['chapters', 'quizzes', 'exercises', 'cells', 'drawings'] as const;

/** Ids are unique per chapter only, so saved items are keyed by chapter and id. */
export function keyOf(chapter: string, id: string): string {
  return `${chapter}/${id}`;
}
