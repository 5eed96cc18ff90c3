import * as z from '@/lib/schema/z';
import {
  chapterProgressSchema,
  cellProgressSchema,
  drawingSchema,
  exerciseProgressSchema,
  quizProgressSchema,
  type Progress,
} from './schema';
import { emptyProgress, type PROGRESS_SECTIONS } from './shape';

/**
 * Reads a record entry by entry, so that one bad answer or cell edit does not cost the learner
 * every other one: valid entries are kept, each invalid one is counted and described (the caller
 * keeps the whole original text in a backup). Used for current-version records and, to show what
 * an older build can, for records of a newer version.
 */
const sections = {
  chapters: chapterProgressSchema,
  quizzes: quizProgressSchema,
  exercises: exerciseProgressSchema,
  cells: cellProgressSchema,
  drawings: drawingSchema,
} as const satisfies Record<(typeof PROGRESS_SECTIONS)[number], unknown>;
type Section = keyof typeof sections;

const lastVisitedSchema = z.object({ slug: z.string(), at: z.string() });

export interface Salvaged {
  progress: Progress;
  /** How many entries (or whole sections that were not maps) could not be read. */
  rejected: number;
  /** "quizzes.intro/q1.attempts: expected number, …" for the first few, to name the fault. */
  details: string[];
}

const MAX_DETAILS = 5;

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function salvage(data: Record<string, unknown>): Salvaged {
  const progress = emptyProgress();
  let rejected = 0;
  const details: string[] = [];
  const reject = (detail: string) => {
    rejected += 1;
    if (details.length < MAX_DETAILS) details.push(detail);
  };
  for (const section of Object.keys(sections) as Section[]) {
    const entries = data[section];
    // A missing section holds nothing to lose: it is simply empty.
    if (entries === undefined) continue;
    if (!isMap(entries)) {
      reject(
        `${section}: expected a map of entries, got ${Array.isArray(entries) ? 'an array' : entries === null ? 'null' : typeof entries}`,
      );
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(entries)) {
      const parsed = sections[section].safeParse(entry);
      if (parsed.success) kept[key] = parsed.data;
      else reject(`${section}.${key}${describeIssue(parsed.error.issues[0])}`);
    }
    (progress[section] as Record<string, unknown>) = kept;
  }
  if (data.lastVisited !== undefined) {
    const parsed = lastVisitedSchema.safeParse(data.lastVisited);
    if (parsed.success) progress.lastVisited = parsed.data;
    else reject(`lastVisited${describeIssue(parsed.error.issues[0])}`);
  }
  return { progress, rejected, details };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return ': invalid';
  const path = issue.path.map(String).join('.');
  return `${path ? `.${path}` : ''}: ${issue.message}`;
}
