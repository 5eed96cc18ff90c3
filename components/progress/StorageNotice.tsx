'use client';
import Link from 'next/link';
import { useStorageIssue } from './useStorageIssue';
import { dismissStorageIssue, type StorageIssue } from '@/lib/progress/store';
import './progress.css';

function message(issue: StorageIssue) {
  switch (issue.kind) {
    case 'corrupt':
    case 'future': {
      const why =
        issue.kind === 'corrupt'
          ? `Your saved progress could not be read (${issue.detail}).`
          : `Your saved progress was written by a newer version of Minimax (version ${issue.version}); reload to get the newest site.`;
      const kept = issue.backupKey ? ` The old data is kept in this browser under “${issue.backupKey}”.` : '';
      return `${why} A fresh record was started.${kept}`;
    }
    case 'quota':
      return 'Your browser’s storage is full, so new progress is kept only until you close this tab. Free some space, or export your progress to keep it.';
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
      <button type="button" onClick={dismissStorageIssue}>
        Dismiss
      </button>
    </div>
  );
}
