import type { Progress } from './schema';

/**
 * What every page needs of the progress record: its version, an empty one and the key of an
 * item. Kept apart from schema.ts so that importing them does not bring zod into a page's
 * first load; the schema loads only when saved progress is read (see store.ts).
 */

/** Bump with a migration in migrate.ts whenever the shape in schema.ts changes. */
export const PROGRESS_VERSION = 1;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, chapters: {}, quizzes: {}, exercises: {}, cells: {} };
}

/** Ids are unique per chapter only, so saved items are keyed by chapter and id. */
export function keyOf(chapter: string, id: string): string {
  return `${chapter}/${id}`;
}
