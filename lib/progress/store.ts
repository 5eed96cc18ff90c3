import type { LoadProblem, loadProgress } from './load';
import { listBackups, removeBackup, setAside, type Backup } from './backups';
import type { Progress } from './schema';
import { emptyProgress, PROGRESS_SECTIONS } from './shape';
import { changesBetween, reconcile, type RecentChange } from './reconcile';

/**
 * The learner's progress, kept in localStorage under one key and shared by every component
 * through subscribe/getSnapshot (React's useSyncExternalStore). Other tabs' writes arrive
 * through the `storage` event. Nothing here throws, and no stored record is written over unless
 * it was first backed up (backups.ts) or is a valid record of this version: if the backup cannot
 * be made, this tab works from memory and says so. A record of a newer version (another tab runs
 * a newer build) is shown as far as it can be read and never written. Problems are reported
 * through getStorageIssue().
 *
 * Reading validates the saved record with zod, which is loaded on the first read rather than
 * with the page (it is the largest library a page would otherwise ship). Until it has loaded,
 * readers see an empty record and updates are queued, then replayed on top of what was saved,
 * so an early visit or answer is neither lost nor allowed to overwrite older progress.
 */
const STORAGE_KEY = 'minimax:progress';
export { BACKUP_KEY_PREFIX } from './backups';

/**
 * Something the learner should hear about their saved progress. `backupKey` is null while the
 * record could not be backed up (and so is left as it was).
 */
export type StorageIssue =
  | (Exclude<LoadProblem, { kind: 'future' }> & { backupKey: string | null })
  | { kind: 'future'; version: number }
  | { kind: 'quota' }
  | { kind: 'unavailable' };

type Listener = () => void;
const listeners = new Set<Listener>();
type Update = (p: Progress) => Progress;
/** null until the saved record has been read and validated. */
let current: Progress | null = null;
/** The stored text `current` was read from or last saved as: a difference means another tab wrote. */
let currentRaw: string | null = null;
/** This tab's own recent changes, in case another tab's simultaneous write drops them (reconcile.ts). */
let recent: RecentChange[] = [];
/** Long enough for any other tab's write to have reached this one; short enough that an old change never comes back. */
const RECENT_MS = 5_000;
/** What readers see while the validator loads: the queued updates applied to an empty record. */
let provisional = emptyProgress();
const queued: Update[] = [];
let validator: Promise<void> | null = null;
let load: typeof loadProgress | null = null;
let issue: StorageIssue | null = null;
/** The stored text to back up before the record is next written: unreadable, partly read, or migrated. */
let unsafeToOverwrite: string | null = null;
/** The version of a newer record found in storage: from then on this tab never writes (see write). */
let newerVersion: number | null = null;
/** The backup key that write() last made. */
let lastBackupKey: string | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function readRaw(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    issue = { kind: 'unavailable' };
    return null;
  }
}

function read(parse: typeof loadProgress): Progress {
  const raw = readRaw();
  currentRaw = raw;
  const { progress, problem, migratedFrom } = parse(raw);
  if (problem?.kind === 'future') {
    newerVersion = problem.version;
    issue = { kind: 'future', version: problem.version };
    return progress;
  }
  // Whatever was pending backup has been replaced (by another tab) with what was just read.
  unsafeToOverwrite = null;
  if ((issue?.kind === 'corrupt' || issue?.kind === 'partial') && issue.backupKey === null) issue = null;
  if (raw !== null && (problem || migratedFrom !== undefined)) {
    if (problem) issue = { ...problem, backupKey: null };
    unsafeToOverwrite = raw;
    write(progress);
  }
  return progress;
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number };
  return e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22 || e?.code === 1014;
}

/** Backs up the stored record if it must be; false if that failed (then it must not be overwritten). */
function backUpFirst(s: Storage): boolean {
  if (unsafeToOverwrite === null) return true;
  const key = setAside(s, unsafeToOverwrite);
  if (key === null) {
    if (issue?.kind !== 'corrupt' && issue?.kind !== 'partial') issue = { kind: 'quota' };
    return false;
  }
  unsafeToOverwrite = null;
  lastBackupKey = key;
  // The problem just read is now backed up (an import's backup of a later record is another matter).
  if ((issue?.kind === 'corrupt' || issue?.kind === 'partial') && issue.backupKey === null) issue = { ...issue, backupKey: key };
  return true;
}

/** Saves the record; false if it was not saved (the change then lives in this tab only). */
function write(progress: Progress): boolean {
  const s = storage();
  if (!s || newerVersion !== null || !backUpFirst(s)) return false;
  const raw = JSON.stringify(progress);
  try {
    s.setItem(STORAGE_KEY, raw);
    currentRaw = raw;
    if (issue?.kind === 'quota') issue = null;
    return true;
  } catch (error) {
    issue = isQuotaError(error) ? { kind: 'quota' } : { kind: 'unavailable' };
    return false;
  }
}

/** Starts loading the validator; resolves once the saved record has been read. */
export function whenProgressLoaded(): Promise<void> {
  validator ??= import('./load').then((module) => {
    load = module.loadProgress;
    let progress = read(load);
    if (queued.length > 0) {
      for (const update of queued.splice(0)) progress = update(progress);
      write(progress);
    }
    current = progress;
    emit();
  });
  return validator;
}

/**
 * Runs `read` once saved progress has been read (at once, in a microtask, if it has been), for
 * components that restore something on mount; returns a cancel, to be an effect's cleanup.
 */
export function onProgressLoaded(read: () => void): () => void {
  let live = true;
  void whenProgressLoaded().then(() => live && read());
  return () => {
    live = false;
  };
}

export function getProgress(): Progress {
  if (current) return current;
  if (typeof window !== 'undefined') void whenProgressLoaded();
  return provisional;
}

/** The empty value React uses while prerendering, when there is no browser storage. */
const serverSnapshot = emptyProgress();
export function getServerProgress(): Progress {
  return serverSnapshot;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit() {
  for (const l of listeners) l();
}

/** Another tab's record as stored now, with any of this tab's recent changes it dropped put back (and saved). */
function readOtherTabsWrite(parse: typeof loadProgress): Progress {
  const incoming = read(parse);
  const fresh = recent.filter((c) => Date.now() - c.at < RECENT_MS);
  const { merged, pending } = reconcile(incoming, fresh);
  recent = fresh;
  if (pending.length > 0) write(merged);
  return merged;
}

/**
 * What is stored now. Another tab may have written since our last read, and its `storage` event
 * can arrive after our next update; updating its record instead of ours keeps both tabs' work.
 */
function latest(current: Progress, parse: typeof loadProgress): Progress {
  return storage() && readRaw() !== currentRaw ? readOtherTabsWrite(parse) : current;
}

/** Applies an immutable update and saves it. If saving fails, the change is kept for this tab and reported. */
export function updateProgress(update: Update): void {
  if (current && load) {
    const before = latest(current, load);
    current = update(before);
    recent = [...recent.filter((c) => Date.now() - c.at < RECENT_MS), ...changesBetween(before, current, Date.now())];
    write(current);
  } else {
    queued.push(update);
    provisional = update(getProgress());
  }
  emit();
}

export type ReplaceOutcome =
  { saved: true; backupKey: string | null } | { saved: false; reason: 'newer-version' | 'no-room' | 'not-loaded' };

const hasEntries = (p: Progress) => PROGRESS_SECTIONS.some((s) => Object.keys(p[s]).length > 0);

/**
 * Replaces everything (import, restore), backing up what was saved first. Nothing changes,
 * here or in storage, unless both the backup and the new record were saved.
 */
export function replaceProgress(progress: Progress): ReplaceOutcome {
  const s = storage();
  if (!s || !current || !load) return { saved: false, reason: 'not-loaded' };
  const before = latest(current, load);
  if (newerVersion !== null) return { saved: false, reason: 'newer-version' };
  const raw = readRaw();
  const pending = unsafeToOverwrite;
  const issueBefore = issue;
  if (raw !== null && hasEntries(before)) unsafeToOverwrite = raw;
  lastBackupKey = null;
  if (!write(progress)) {
    if (lastBackupKey) removeBackup(s, lastBackupKey);
    unsafeToOverwrite = pending;
    issue = issueBefore;
    return { saved: false, reason: 'no-room' };
  }
  current = progress;
  recent = [...recent.filter((c) => Date.now() - c.at < RECENT_MS), ...changesBetween(before, progress, Date.now())];
  emit();
  return { saved: true, backupKey: lastBackupKey };
}

/** The version of a newer record this tab will not write over, or null when it saves normally. */
export function getNewerSavedVersion(): number | null {
  return newerVersion;
}

export function getBackups(): Backup[] {
  const s = storage();
  return s ? listBackups(s) : [];
}

export function deleteBackup(key: string): void {
  const s = storage();
  if (s) removeBackup(s, key);
  emit();
}

/** Forgets everything (reset). Set-aside backups are kept. */
export function resetProgress(): void {
  updateProgress(() => emptyProgress());
}

export function getStorageIssue(): StorageIssue | null {
  getProgress();
  return issue;
}

export function getServerStorageIssue(): StorageIssue | null {
  return null;
}

export function dismissStorageIssue(): void {
  issue = null;
  emit();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    // e.key is null when another tab cleared all of localStorage.
    if (e.key !== STORAGE_KEY && e.key !== null) return;
    // Before the first read, that read will see this write anyway.
    if (!load) return;
    current = readOtherTabsWrite(load);
    emit();
  });
}
