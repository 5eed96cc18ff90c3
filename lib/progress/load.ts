import { migrate, describeZodError } from './migrate';
import { progressSchema, type Progress } from './schema';
import { emptyProgress } from './shape';
import { PROGRESS_VERSION } from './version';

/** Why saved progress could not be used as it was. The raw text is set aside, never dropped. */
export type LoadProblem = { kind: 'corrupt'; detail: string } | { kind: 'future'; version: number };

export type Loaded = { progress: Progress; problem?: LoadProblem; migratedFrom?: number };

/**
 * Turns whatever is stored (or imported) into valid progress: JSON, then migrations, then the
 * schema. Never throws; a problem comes back beside an empty record so the page keeps working.
 */
export function loadProgress(raw: string | null | undefined): Loaded {
  if (raw == null || raw === '') return { progress: emptyProgress() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { progress: emptyProgress(), problem: { kind: 'corrupt', detail: 'it is not valid JSON' } };
  }
  return fromJson(json);
}

export function fromJson(json: unknown): Loaded {
  const migrated = migrate(json);
  if (!migrated.ok) {
    const problem: LoadProblem = migrated.reason === 'future' ? { kind: 'future', version: migrated.version } : { kind: 'corrupt', detail: migrated.detail };
    return { progress: emptyProgress(), problem };
  }
  const parsed = progressSchema.safeParse(migrated.data);
  if (!parsed.success) return { progress: emptyProgress(), problem: { kind: 'corrupt', detail: describeZodError(parsed.error) } };
  return migrated.from < PROGRESS_VERSION ? { progress: parsed.data, migratedFrom: migrated.from } : { progress: parsed.data };
}
