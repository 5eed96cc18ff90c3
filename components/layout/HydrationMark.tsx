'use client';
import { useEffect } from 'react';
import { onProgressLoaded } from '@/lib/progress/store';

/**
 * Marks <html> once React has hydrated and saved progress has been read (the validator loads
 * lazily, just after hydration); e2e tests and the bench wait for it before acting.
 */
export function HydrationMark() {
  useEffect(
    () =>
      onProgressLoaded(() => {
        document.documentElement.dataset.hydrated = 'true';
      }),
    [],
  );
  return null;
}
