import type { LoadProblem, loadProgress } from './load';
import type { Progress } from './schema';
import { emptyProgress } from './shape';
import { changesBetween, reconcile, type RecentChange } from './reconcile';

/**
 * The learner's progress, kept in localStorage under one key and shared by every component
 * through subscribe/getSnapshot (React's useSyncExternalStore). Other tabs' writes arrive
 * through the `storage` event. Nothing here throws: unreadable data is set aside under a
 * backup key and a full quota is reported, both through getStorageIssue().
 *
 * Reading validates the saved record with zod, which is loaded on the first read rather than
 * with the page (it is the largest library a page would otherwise ship). Until it has loaded,
 * readers see an empty record and updates are queued, then replayed on top of what was saved,
 * so an early visit or answer is neither lost nor allowed to overwrite older progress.
 */
export const STORAGE_KEY = 'minimax:progress';
export const BACKUP_KEY_PREFIX = 'minimax:progress:backup:';

/** Something the learner should hear about their saved progress. */
export type StorageIssue =
  | (LoadProblem & { backupKey: string | null })
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

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps unreadable text under a dated key so no learner data is ever dropped. */
function setAside(raw: string): string | null {
  const key = `${BACKUP_KEY_PREFIX}${new Date().toISOString()}`;
  try {
    storage()?.setItem(key, raw);
    return key;
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
  const loaded = parse(raw);
  if (loaded.problem && raw !== null) {
    const backupKey = setAside(raw);
    // The original key now holds the fresh record, so the backup is the only copy of the old one.
    write(loaded.progress);
    issue = { ...loaded.problem, backupKey };
  } else if (loaded.migratedFrom !== undefined) {
    write(loaded.progress);
  }
  return loaded.progress;
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number };
  return e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22 || e?.code === 1014;
}

function write(progress: Progress): void {
  const s = storage();
  if (!s) return;
  const raw = JSON.stringify(progress);
  try {
    s.setItem(STORAGE_KEY, raw);
    currentRaw = raw;
    if (issue?.kind === 'quota') issue = null;
  } catch (error) {
    issue = isQuotaError(error) ? { kind: 'quota' } : { kind: 'unavailable' };
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

/** Replaces everything (import). */
export function replaceProgress(progress: Progress): void {
  updateProgress(() => progress);
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
