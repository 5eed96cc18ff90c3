import { z } from 'zod';

/** Bump with a migration in migrate.ts whenever the shape below changes. */
export const PROGRESS_VERSION = 1;

const isoDate = z.string();

export const chapterProgressSchema = z.object({
  visitedAt: isoDate.optional(),
  completedAt: isoDate.optional(),
});

export const quizProgressSchema = z.object({
  /** What the learner last submitted: choice indices, a number's text, or free text. */
  answer: z.union([z.array(z.number().int()), z.string()]),
  attempts: z.number().int().nonnegative(),
  correct: z.boolean(),
  updatedAt: isoDate,
  /** The learner asked to see the answer (it does not count as passing). */
  revealed: z.boolean().optional(),
  /** Reflect questions only: the learner's own verdict after reading the model answer. */
  mark: z.enum(['got-it', 'not-yet']).optional(),
});

export const exerciseProgressSchema = z.object({
  passedAt: isoDate.optional(),
  attempts: z.number().int().nonnegative(),
});

export const cellProgressSchema = z.object({
  runs: z.number().int().nonnegative(),
  lastRunAt: isoDate.optional(),
  /** The learner's edited code, and a hash of the author's code it was based on. */
  edit: z.object({ code: z.string(), authorHash: z.string(), savedAt: isoDate }).optional(),
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lastVisited: z.object({ slug: z.string(), at: isoDate }).optional(),
  chapters: z.record(z.string(), chapterProgressSchema),
  /** Keyed by `${chapter}/${id}` (see keyOf). */
  quizzes: z.record(z.string(), quizProgressSchema),
  exercises: z.record(z.string(), exerciseProgressSchema),
  cells: z.record(z.string(), cellProgressSchema),
});

export type Progress = z.infer<typeof progressSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;
export type CellProgress = z.infer<typeof cellProgressSchema>;
export type ChapterProgress = z.infer<typeof chapterProgressSchema>;
export type ReflectMark = NonNullable<QuizProgress['mark']>;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, chapters: {}, quizzes: {}, exercises: {}, cells: {} };
}

/** Ids are unique per chapter only, so saved items are keyed by chapter and id. */
export function keyOf(chapter: string, id: string): string {
  return `${chapter}/${id}`;
}
