'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearCellEdit, getCell, saveCellEdit } from '@/lib/progress/cells';
import { hashText } from '@/lib/progress/hash';
import { onProgressLoaded } from '@/lib/progress/store';

const SAVE_DELAY_MS = 400;

/**
 * The code a learner sees in a cell: the author's, or their saved edit of it. Edits are
 * saved per chapter and cell (debounced); if the author's code changed since the edit was
 * saved, `outdated` is set so the cell can ask which version to keep.
 */
export function useSavedCode(chapter: string, cellId: string, authorCode: string) {
  const authorHash = hashText(authorCode);
  const [code, setCode] = useState(authorCode);
  const [outdated, setOutdated] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The debounced save not yet written. It is written, not dropped, when the page goes away or
  // the cell unmounts (a reload or a move to the next chapter right after typing).
  const pending = useRef<(() => void) | null>(null);
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const save = pending.current;
    pending.current = null;
    save?.();
  }, []);
  const cancelPending = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  };

  // Saved edits live in the browser, so they are read after hydration, not during render.
  useEffect(
    () =>
      onProgressLoaded(() => {
        const edit = getCell(chapter, cellId)?.edit;
        if (!edit) return;
        setCode(edit.code);
        setOutdated(edit.authorHash !== authorHash);
      }),
    [chapter, cellId, authorHash],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const edit = useCallback(
    (next: string) => {
      setCode(next);
      if (timer.current) clearTimeout(timer.current);
      pending.current = () => {
        if (next === authorCode) clearCellEdit(chapter, cellId);
        else saveCellEdit(chapter, cellId, next, authorHash);
      };
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [chapter, cellId, authorCode, authorHash, flush],
  );

  /** Replaces the code and saves it at once (loading a solution), so a reload right after finds it. */
  const replace = useCallback(
    (next: string) => {
      cancelPending();
      setCode(next);
      if (next === authorCode) clearCellEdit(chapter, cellId);
      else saveCellEdit(chapter, cellId, next, authorHash);
    },
    [chapter, cellId, authorCode, authorHash],
  );

  const reset = useCallback(() => {
    cancelPending();
    clearCellEdit(chapter, cellId);
    setCode(authorCode);
    setOutdated(false);
  }, [chapter, cellId, authorCode]);

  /** Keeps the learner's edit and stops asking: it now counts as based on the new version. */
  const keepMine = useCallback(() => {
    saveCellEdit(chapter, cellId, code, authorHash);
    setOutdated(false);
  }, [chapter, cellId, code, authorHash]);

  return { code, edited: code !== authorCode, outdated, edit, replace, reset, keepMine, useNew: reset };
}
