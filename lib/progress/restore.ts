import { loadProgress } from './load';
import type { Progress } from './schema';
import { deleteBackup, getBackups, replaceProgress } from './store';

/**
 * Restoring a backup makes it the saved record again. The record it replaces is backed up first
 * (replaceProgress), so a restore can itself be undone by restoring that backup. A backup this
 * version cannot fully use is never half-restored behind the learner's back:
 * - one of a newer version is refused (restore it after a reload brings the newer site);
 * - an unreadable one is refused (there is nothing to restore; it can still be downloaded);
 * - one with some unreadable entries restores the readable ones and stays, holding the rest.
 * A backup restored completely is removed: the saved record now holds all of it.
 */
/** What restoring a backup would do, to show beside it before the learner chooses. */
export type RestorePlan =
  | { kind: 'restore'; progress: Progress; leftInBackup: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; detail: string };

export function planRestore(raw: string): RestorePlan {
  const { progress, problem } = loadProgress(raw);
  if (problem?.kind === 'future') return { kind: 'newer', version: problem.version };
  if (problem?.kind === 'corrupt') return { kind: 'unreadable', detail: problem.detail };
  return { kind: 'restore', progress, leftInBackup: problem?.kind === 'partial' ? problem.count : 0 };
}

export type RestoreOutcome =
  | { kind: 'restored'; previousBackupKey: string | null; leftInBackup: number }
  | Exclude<RestorePlan, { kind: 'restore' }>
  | { kind: 'not-saved'; reason: 'newer-version' | 'no-room' | 'not-loaded' | 'missing' };

export function restoreBackup(key: string): RestoreOutcome {
  const backup = getBackups().find((b) => b.key === key);
  if (!backup) return { kind: 'not-saved', reason: 'missing' };
  const plan = planRestore(backup.raw);
  if (plan.kind !== 'restore') return plan;
  const outcome = replaceProgress(plan.progress);
  if (!outcome.saved) return { kind: 'not-saved', reason: outcome.reason };
  if (plan.leftInBackup === 0) deleteBackup(key);
  return { kind: 'restored', previousBackupKey: outcome.backupKey, leftInBackup: plan.leftInBackup };
}
