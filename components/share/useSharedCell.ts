'use client';
import { useCallback, useEffect, useState } from 'react';
import type { SharedRun } from '@/lib/progress/share-link';
import { clearShareLink, onShareLinkChange, sharedLinkInLocation } from './share-location';

interface SavedCode {
  code: string;
  edit(code: string): void;
}

/**
 * What a cell shows when the page was opened from a link to one of its runs. The shared code is
 * shown, never run by itself, and not saved: the learner's own saved edit stays until they keep
 * the shared code, or edit it (typing in it is keeping it). Dismissing goes back to their code.
 */
export function useSharedCell(cellId: string, saved: SavedCode, readonly: boolean) {
  const [run, setRun] = useState<SharedRun | null>(null);

  // The address is read after hydration: the exported HTML is the same for every link.
  useEffect(() => {
    let live = true;
    const read = () => {
      const decoded = sharedLinkInLocation();
      if (!decoded) setRun(null);
      else void decoded.then((d) => live && setRun(d.ok && d.run.cell === cellId ? d.run : null));
    };
    read();
    const stop = onShareLinkChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [cellId]);

  // A read-only cell keeps the lesson's code: the link is only reported, not applied.
  const active = run !== null && !readonly;
  const { edit } = saved;
  const keep = useCallback(() => {
    if (run) edit(run.code);
    clearShareLink();
  }, [run, edit]);
  const code = active ? run.code : saved.code;
  const editShared = useCallback(
    (next: string) => {
      // The editor reports the code it was given (shared code arriving, "back to my code") as a change: not an edit.
      if (next === code) return;
      if (active) clearShareLink();
      edit(next);
    },
    [active, code, edit],
  );

  return {
    /** The link names this cell (read-only or not): show the notice. */
    linked: run !== null,
    active,
    code,
    /** The sender's seed replaces the cell's while the shared code is shown. */
    seed: active ? run.seed : undefined,
    edit: editShared,
    keep,
    dismiss: clearShareLink,
  };
}
