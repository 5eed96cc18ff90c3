'use client';
import Link from 'next/link';
import { useStorageIssue } from './useStorageIssue';
import { dismissStorageIssue, type StorageIssue } from '@/lib/progress/store';
import './progress.css';

const MEMORY_ONLY = 'what you do now is kept only until you close this tab';

function message(issue: StorageIssue): string {
  switch (issue.kind) {
    case 'corrupt':
      return issue.backupKey
        ? `Your saved progress could not be read (${issue.detail}). It is kept as a backup, and a fresh record was started.`
        : `Your saved progress could not be read (${issue.detail}), and the browser’s storage is too full to back it up. It is left as it was, and ${MEMORY_ONLY}. Free some space, then reload.`;
    case 'partial': {
      const items = issue.count === 1 ? '1 saved item' : `${issue.count} saved items`;
      return issue.backupKey
        ? `${items} could not be read (${issue.detail}) and ${issue.count === 1 ? 'was' : 'were'} set aside in a backup. Everything else is here.`
        : `${items} could not be read (${issue.detail}), and the browser’s storage is too full to back up your progress before removing ${issue.count === 1 ? 'it' : 'them'}. Your saved progress is left as it was, and ${MEMORY_ONLY}. Free some space, then reload.`;
    }
    case 'future':
      return `Your progress was last saved by a newer version of Minimax (progress version ${issue.version}), probably in another tab. This page is older: it shows what it can read and saves nothing, so that progress stays intact. Reload to get the newest version.`;
    case 'quota':
      return `Your browser’s storage is full, so ${MEMORY_ONLY}. Free some space, or export your progress to keep it.`;
    case 'unavailable':
      return 'This browser does not let the site save, so progress lasts only until you close this tab.';
  }
}

/** A notice at the foot of the window (so it never shifts the page) about saved progress. */
export function StorageNotice() {
  const issue = useStorageIssue();
  if (!issue) return null;
  return (
    <div className="storage-notice" role="alert" data-issue={issue.kind}>
      <p>
        {message(issue)} <Link href="/progress">Your progress</Link>
      </p>
      {issue.kind === 'future' && (
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
      <button type="button" onClick={dismissStorageIssue}>
        Dismiss
      </button>
    </div>
  );
}
