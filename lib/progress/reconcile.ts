import type { Progress } from './schema';
import { PROGRESS_SECTIONS } from './shape';

/**
 * Two tabs that save at the same moment each write their whole record, and the later write
 * drops the earlier tab's change (localStorage has no transactions, and a tab sees another's
 * write only a moment later). So each tab remembers its own recent changes, entry by entry,
 * and when another tab's record arrives it puts back any of them that record lost.
 */

const SECTIONS = PROGRESS_SECTIONS;
type Section = (typeof SECTIONS)[number];

/** One entry this tab changed: its value before and after (undefined: absent). */
export interface RecentChange {
  section: Section;
  key: string;
  before: unknown;
  after: unknown;
  /** Date.now() when it was made. */
  at: number;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The entries an update changed (updates are immutable, so an untouched entry keeps its identity). */
export function changesBetween(before: Progress, after: Progress, at: number): RecentChange[] {
  const changes: RecentChange[] = [];
  for (const section of SECTIONS) {
    const b: Record<string, unknown> = before[section];
    const a: Record<string, unknown> = after[section];
    if (a === b) continue;
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (a[key] !== b[key] && !same(a[key], b[key])) changes.push({ section, key, before: b[key], after: a[key], at });
    }
  }
  return changes;
}

/**
 * Another tab's record, with this tab's recent changes put back where that record still holds
 * the value from before the change (the other tab never saw it). Where the other tab changed the
 * same entry too, its value wins. `pending` are the changes that had to be put back: they stay
 * remembered until a record arrives that holds them.
 */
export function reconcile(incoming: Progress, recent: readonly RecentChange[]): { merged: Progress; pending: RecentChange[] } {
  let merged = incoming;
  const pending: RecentChange[] = [];
  for (const change of recent) {
    const theirs = incoming[change.section][change.key];
    if (same(theirs, change.after) || !same(theirs, change.before)) continue;
    const entries: Record<string, unknown> = { ...merged[change.section] };
    if (change.after === undefined) delete entries[change.key];
    else entries[change.key] = change.after;
    merged = { ...merged, [change.section]: entries };
    pending.push(change);
  }
  return { merged, pending };
}
