'use client';
import { useEffect } from 'react';
import { onProgressLoaded } from '@/lib/progress/store';
import { whenOverflowChecked } from '@/components/lesson/useKeyboardScrollableOverflow';

/**
 * Marks <html> once React has hydrated, saved progress has been read (the validator loads
 * lazily, just after hydration) and a lesson's wide equations have been made keyboard-scrollable
 * (in idle time, after hydration); e2e tests and the bench wait for it before acting.
 */
export function HydrationMark() {
  useEffect(() => {
    let stopWaiting = () => {};
    const stopListening = onProgressLoaded(() => {
      stopWaiting = whenOverflowChecked(() => {
        document.documentElement.dataset.hydrated = 'true';
      });
    });
    return () => {
      stopListening();
      stopWaiting();
    };
  }, []);
  return null;
}
