import * as z from '@/lib/schema/z';
import { PROGRESS_VERSION } from './version';

/**
 * Brings saved progress written by an older version of the site up to PROGRESS_VERSION, one
 * version at a time. To change the schema: bump PROGRESS_VERSION in version.ts, add the step from
 * the old version here, and add a test that old data survives it.
 */

type Data = Record<string, unknown>;
type Step = (data: Data) => Data;

/**
 * Version 0 is the unversioned shape of the first prototype (lists of slugs and a flat answer
 * map). No release stored it; it is kept so the migration path is exercised by tests and the
 * next real migration has a model to follow.
 */
const legacyV0Schema = z.object({
  visited: z._default(z.array(z.string()), []),
  completed: z._default(z.array(z.string()), []),
  lastChapter: z.optional(z.string()),
  answers: z._default(
    z.record(
      z.string(),
      z.object({
        answer: z.union([z.array(z.int()), z.string()]),
        correct: z.boolean(),
        attempts: z.optional(z.int().check(z.nonnegative())),
      }),
    ),
    {},
  ),
});

/** The time stamp given to events an old version did not date. */
const MIGRATED_AT = '1970-01-01T00:00:00.000Z';

const v0ToV1: Step = (data) => {
  const old = legacyV0Schema.parse(data);
  const chapters: Record<string, { visitedAt?: string; completedAt?: string }> = {};
  for (const slug of old.visited) chapters[slug] = { visitedAt: MIGRATED_AT };
  for (const slug of old.completed) chapters[slug] = { visitedAt: MIGRATED_AT, completedAt: MIGRATED_AT };
  const quizzes = Object.fromEntries(
    Object.entries(old.answers).map(([key, a]) => [
      key,
      { answer: a.answer, correct: a.correct, attempts: a.attempts ?? 1, updatedAt: MIGRATED_AT },
    ]),
  );
  return {
    version: 1,
    ...(old.lastChapter ? { lastVisited: { slug: old.lastChapter, at: MIGRATED_AT } } : {}),
    chapters,
    quizzes,
    exercises: {},
    cells: {},
  };
};

/**
 * Version 2 adds the data sets a learner draws (`drawings`; version 1 had none) and, all optional,
 * exercises' `hintsShown`, `solutionLoadedAt` and `solvedWithSolutionAt` (schema.ts). A tab of an
 * older build, which would drop them when it saves, treats a version 2 record as newer than
 * itself and leaves it alone (load.ts).
 */
const v1ToV2: Step = (data) => ({ ...data, version: 2, drawings: {} });

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, Step> = { 0: v0ToV1, 1: v1ToV2 };

export type MigrationResult =
  | { ok: true; data: Data; from: number }
  | { ok: false; reason: 'future'; version: number }
  | { ok: false; reason: 'invalid'; detail: string };

function versionOf(data: Data): number | null {
  if (!('version' in data)) return 0;
  const v = data.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export function migrate(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      reason: 'invalid',
      detail: `expected an object, got ${Array.isArray(input) ? 'an array' : input === null ? 'null' : typeof input}`,
    };
  }
  let data = input as Data;
  const from = versionOf(data);
  if (from === null)
    return { ok: false, reason: 'invalid', detail: `"version" must be a whole number, got ${JSON.stringify(data.version)}` };
  if (from > PROGRESS_VERSION) return { ok: false, reason: 'future', version: from };
  for (let v = from; v < PROGRESS_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: 'invalid', detail: `no migration from version ${v}` };
    try {
      data = step(data);
    } catch (error) {
      return { ok: false, reason: 'invalid', detail: `version ${v} data does not have the expected shape: ${describeError(error)}` };
    }
  }
  return { ok: true, data, from };
}

function describeError(error: unknown): string {
  if (error instanceof z.ZodError) return describeZodError(error);
  return error instanceof Error ? error.message : String(error);
}

/** "quizzes.intro/q1.attempts: expected number, received string" — one line per issue, at most five. */
function describeZodError(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
  if (error.issues.length > 5) lines.push(`… and ${error.issues.length - 5} more`);
  return lines.join('; ');
}
