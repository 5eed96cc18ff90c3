'use client';
import { useCallback, useEffect, useState } from 'react';
import { lazyWithRetry } from '@/components/lazy/lazyWithRetry';

// The dialog, MiniSearch and the index load on first open, so pages that never search pay nothing.
const SearchDialog = lazyWithRetry(() => import('./SearchDialog').then((m) => m.SearchDialog), 'Search');

export function SearchBox() {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const show = useCallback(() => {
    setWanted(true);
    setOpen(true);
  }, []);
  const hide = useCallback(() => setOpen(false), []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        show();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button type="button" className="search-button" onClick={show} aria-keyshortcuts="Control+K Meta+K">
        Search <kbd>Ctrl K</kbd>
      </button>
      {wanted && <SearchDialog open={open} onClose={hide} />}
    </>
  );
}
