// zod/mini: the same schemas at a fraction of the bytes. Pages load this file lazily, when
// saved progress is first read (store.ts); what they need at once lives in shape.ts.
import * as z from '@/lib/schema/z';
import { PROGRESS_VERSION } from './version';
import { MAX_DRAWN_POINTS } from '@/lib/drawing/limits';

const isoDate = z.string();
const count = z.int().check(z.nonnegative());

export const chapterProgressSchema = z.object({
  visitedAt: z.optional(isoDate),
  completedAt: z.optional(isoDate),
});

export const quizProgressSchema = z.object({
  /** What the learner last submitted: choice indices, a number's text, or free text. */
  answer: z.union([z.array(z.int()), z.string()]),
  attempts: count,
  correct: z.boolean(),
  updatedAt: isoDate,
  /** The learner asked to see the answer (it does not count as passing). */
  revealed: z.optional(z.boolean()),
  /** Reflect questions only: the learner's own verdict after reading the model answer. */
  mark: z.optional(z.enum(['got-it', 'not-yet'])),
});

export const exerciseProgressSchema = z.object({
  /** The first Check that passed with the learner's own code (not with the solution loaded). */
  passedAt: z.optional(isoDate),
  /** Checks pressed, passing or not. */
  attempts: count,
  /** How many of the exercise's hints the learner has revealed (they are revealed in order). Since version 2. */
  hintsShown: z.optional(count),
  /**
   * Set when the learner loaded the solution into the editor, cleared by Reset (or by taking the
   * author's new starter): while it is set, a passing Check counts as solved with the solution
   * shown, however much the loaded code was edited since. Since version 2.
   */
  solutionLoadedAt: z.optional(isoDate),
  /** The first Check that passed while the solution was loaded. It does not count as passing. Since version 2. */
  solvedWithSolutionAt: z.optional(isoDate),
});

export const cellProgressSchema = z.object({
  runs: count,
  lastRunAt: z.optional(isoDate),
  /** The learner's edited code, and a hash of the author's code it was based on. */
  edit: z.optional(z.object({ code: z.string(), authorHash: z.string(), savedAt: isoDate })),
});

/** A drawn data set: at most MAX_DRAWN_POINTS points of the unit square, as [x, y] pairs. */
export const drawingSchema = z.object({
  points: z.array(z.tuple([z.number(), z.number()])).check(z.maxLength(MAX_DRAWN_POINTS)),
  updatedAt: isoDate,
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lastVisited: z.optional(z.object({ slug: z.string(), at: isoDate })),
  chapters: z.record(z.string(), chapterProgressSchema),
  /** Keyed by `${chapter}/${id}` (see keyOf). */
  quizzes: z.record(z.string(), quizProgressSchema),
  exercises: z.record(z.string(), exerciseProgressSchema),
  cells: z.record(z.string(), cellProgressSchema),
  /** Data sets the learner drew (<DrawData>), keyed like the others. */
  drawings: z.record(z.string(), drawingSchema),
});

export type Progress = z.infer<typeof progressSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;
export type CellProgress = z.infer<typeof cellProgressSchema>;
export type ReflectMark = NonNullable<QuizProgress['mark']>;
