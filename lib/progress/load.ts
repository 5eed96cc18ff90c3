import { migrate } from './migrate';
import { salvage } from './salvage';
import type { Progress } from './schema';
import { emptyProgress } from './shape';
import { PROGRESS_VERSION } from './version';

/**
 * Why saved progress could not be used exactly as it was. The raw text is backed up, never dropped.
 * - corrupt: nothing in it could be read (not JSON, not an object, a bad version);
 * - partial: `count` entries could not be read; the others are in `progress`;
 * - future: written by a newer version; `progress` holds what this version can read of it.
 */
export type LoadProblem =
  { kind: 'corrupt'; detail: string } | { kind: 'partial'; count: number; detail: string } | { kind: 'future'; version: number };

export type Loaded = { progress: Progress; problem?: LoadProblem; migratedFrom?: number };

/**
 * Turns whatever is stored (or imported) into valid progress: JSON, then migrations, then the
 * schema entry by entry. Never throws; a problem comes back beside what could be read.
 */
export function loadProgress(raw: string | null | undefined): Loaded {
  if (raw == null || raw === '') return { progress: emptyProgress() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: { kind: 'corrupt', detail: 'it is not valid JSON' } };
  }
  return fromJson(json);
}

export function fromJson(json: unknown): Loaded {
  const migrated = migrate(json);
  if (!migrated.ok && migrated.reason === 'future') {
    // Shown, never saved: an older build must not write over a newer record (store.ts).
    const readable = salvage(json as Record<string, unknown>).progress;
    return { progress: readable, problem: { kind: 'future', version: migrated.version } };
  }
  if (!migrated.ok) return { progress: emptyProgress(), problem: { kind: 'corrupt', detail: migrated.detail } };
  const { progress, rejected, details } = salvage(migrated.data);
  const more = rejected > details.length ? `; … and ${rejected - details.length} more` : '';
  const problem: LoadProblem | undefined =
    rejected > 0 ? { kind: 'partial', count: rejected, detail: details.join('; ') + more } : undefined;
  return {
    progress,
    ...(problem ? { problem } : {}),
    ...(migrated.from < PROGRESS_VERSION ? { migratedFrom: migrated.from } : {}),
  };
}
