'use client';
import { useEffect, useRef, useState } from 'react';
import { BACKUP_KEY_PREFIX, deleteBackup, getBackups, subscribe, whenProgressLoaded } from '@/lib/progress/store';
import type { RestorePlan } from '@/lib/progress/restore';
import { notSavedMessage } from './notSaved';
import { saveFile } from './saveFile';

// Planning a restore validates with zod, so it loads after the page, like import.
const loadRestore = () => import('@/lib/progress/restore');

interface Listed {
  key: string;
  raw: string;
  date: string;
  fileName: string;
  plan: RestorePlan;
}
type Message = { tone: 'ok' | 'bad'; text: string } | null;
type Confirming = { key: string; action: 'restore' | 'delete' } | null;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary(plan: RestorePlan): string {
  switch (plan.kind) {
    case 'restore': {
      const { quizzes, exercises, cells, chapters } = plan.progress;
      const held = `${plural(Object.keys(chapters).length, 'chapter')} opened, ${plural(Object.keys(quizzes).length, 'answer')}, ${plural(Object.keys(exercises).length, 'exercise')}, ${plural(Object.keys(cells).length, 'cell')}`;
      return plan.leftInBackup > 0
        ? `${held}; ${plural(plan.leftInBackup, 'item')} in it cannot be read and would stay in the backup.`
        : `${held}.`;
    }
    case 'newer':
      return `Saved by a newer version of Minimax (progress version ${plan.version}), so this page cannot restore it without losing what it does not understand. Reload to get the newest version, then restore it; you can download it now.`;
    case 'unreadable':
      return `It cannot be read (${plan.detail}), so there is nothing to restore. Download it if you want to keep it.`;
  }
}

/** A notice on /progress while backups of earlier progress exist: download, restore or delete each. */
export function BackupPanel() {
  const [backups, setBackups] = useState<Listed[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void Promise.all([loadRestore(), whenProgressLoaded()]).then(([{ planRestore }]) => {
        if (!live) return;
        setBackups(
          getBackups().map((b) => ({
            key: b.key,
            raw: b.raw,
            date: Number.isNaN(b.savedAt.getTime()) ? b.key.slice(BACKUP_KEY_PREFIX.length) : b.savedAt.toLocaleString(),
            fileName: `minimax-progress-backup-${b.key.slice(BACKUP_KEY_PREFIX.length).replace(/[^0-9A-Za-z-]/g, '-')}.json`,
            plan: planRestore(b.raw),
          })),
        );
      });
    refresh();
    const unsubscribe = subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  if (backups.length === 0 && !message) return null;

  function confirm(key: string, action: 'restore' | 'delete') {
    setConfirming({ key, action });
    requestAnimationFrame(() => cancelButton.current?.focus());
  }

  function done(next: Message) {
    setConfirming(null);
    setMessage(next);
    requestAnimationFrame(() => heading.current?.focus());
  }

  async function restore(b: Listed) {
    const outcome = (await loadRestore()).restoreBackup(b.key);
    const from = `the backup from ${b.date}`;
    switch (outcome.kind) {
      case 'restored': {
        const before = outcome.previousBackupKey ? ' Your progress from before is kept as a new backup, listed here.' : '';
        const left =
          outcome.leftInBackup > 0
            ? ` ${plural(outcome.leftInBackup, 'item')} in it could not be read, so that backup stays, holding them.`
            : '';
        return done({ tone: 'ok', text: `Restored ${from}.${before}${left}` });
      }
      case 'not-saved':
        return done({ tone: 'bad', text: notSavedMessage(outcome.reason, `${from} was not restored and nothing changed`) });
      default:
        return done({ tone: 'bad', text: `${from} was not restored: ${summary(outcome)}` });
    }
  }

  return (
    <section className="progress-backups" aria-labelledby="progress-backups-heading">
      <h2 id="progress-backups-heading" ref={heading} tabIndex={-1}>
        Backups of your progress
      </h2>
      {backups.length > 0 && (
        <>
          <p>
            This browser keeps {backups.length === 1 ? 'a backup' : `${backups.length} backups`} of your progress, made when saved progress
            could not be read in full, came from another version of Minimax, or was replaced. Download a backup to keep it as a file, or
            restore it to use it again.
          </p>
          <ul className="progress-backup-list">
            {backups.map((b) => (
              <li key={b.key} data-backup={b.key}>
                <p id={`${b.key}-summary`}>
                  <strong>Backup from {b.date}:</strong> {summary(b.plan)}
                </p>
                <div className="progress-buttons">
                  <button type="button" aria-describedby={`${b.key}-summary`} onClick={() => saveFile(b.raw, b.fileName)}>
                    Download backup
                  </button>
                  {b.plan.kind === 'restore' && (
                    <button type="button" aria-describedby={`${b.key}-summary`} onClick={() => confirm(b.key, 'restore')}>
                      Restore backup…
                    </button>
                  )}
                  <button type="button" className="danger" aria-describedby={`${b.key}-summary`} onClick={() => confirm(b.key, 'delete')}>
                    Delete backup…
                  </button>
                </div>
                {confirming?.key === b.key && (
                  <div className="reset-confirm" role="alertdialog" aria-labelledby={`${b.key}-confirm`}>
                    <p id={`${b.key}-confirm`}>
                      {confirming.action === 'restore'
                        ? `Restore the backup from ${b.date}? It replaces your current progress, which is first kept as a new backup, so you can come back to it.`
                        : `Delete the backup from ${b.date} for good? Download it first if you may want it.`}
                    </p>
                    {confirming.action === 'restore' ? (
                      <button type="button" onClick={() => void restore(b)}>
                        Yes, restore it
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="danger"
                        onClick={() => (deleteBackup(b.key), done({ tone: 'ok', text: `Deleted the backup from ${b.date}.` }))}
                      >
                        Yes, delete it
                      </button>
                    )}
                    <button type="button" ref={cancelButton} onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="progress-message" role="status" data-tone={message?.tone}>
        {message?.text}
      </p>
    </section>
  );
}
