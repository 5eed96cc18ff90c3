/**
 * Backups of saved progress: the exact text of a record, kept under its own dated key before
 * anything writes over it (an unreadable record, one being migrated, one replaced by an import
 * or a restore). Only the learner removes one, from /progress.
 */
export const BACKUP_KEY_PREFIX = 'minimax:progress:backup:';

export interface Backup {
  key: string;
  /** When it was set aside (from its key). */
  savedAt: Date;
  raw: string;
}

/** Keeps `raw` under a new backup key; null if the browser refused (storage full or blocked). */
export function setAside(storage: Storage, raw: string, now = new Date()): string | null {
  const base = `${BACKUP_KEY_PREFIX}${now.toISOString()}`;
  let key = base;
  // Two backups in the same millisecond must not overwrite each other.
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${base}-${n}`;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** Every backup in this browser, newest first. */
export function listBackups(storage: Storage): Backup[] {
  const backups: Backup[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(BACKUP_KEY_PREFIX)) continue;
      const raw = storage.getItem(key);
      if (raw !== null) backups.push({ key, savedAt: new Date(key.slice(BACKUP_KEY_PREFIX.length, BACKUP_KEY_PREFIX.length + 24)), raw });
    }
  } catch {
    return [];
  }
  return backups.sort((a, b) => (a.key < b.key ? 1 : -1));
}

export function removeBackup(storage: Storage, key: string): void {
  if (key.startsWith(BACKUP_KEY_PREFIX)) storage.removeItem(key);
}
