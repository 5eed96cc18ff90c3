import type { ReplaceOutcome } from '@/lib/progress/store';

type Reason = Extract<ReplaceOutcome, { saved: false }>['reason'] | 'missing';

/** Why an import, restore or reset changed nothing, and what to do: `what` is e.g. "nothing was imported". */
export function notSavedMessage(reason: Reason, what: string): string {
  switch (reason) {
    case 'newer-version':
      return `Your progress was last saved by a newer version of Minimax, and this page is older, so ${what}: it never writes over newer progress. Reload the page to get the newest version, then try again.`;
    case 'no-room':
      return `Your browser’s storage is too full to keep a backup of your current progress, so ${what}. Free some space (delete an old backup below, or other sites’ data), then try again.`;
    case 'not-loaded':
      return `This browser does not let the site save, so ${what}.`;
    case 'missing':
      return `That backup is no longer in this browser (another tab may have removed it), so ${what}.`;
  }
}
