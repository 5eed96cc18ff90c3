'use client';
import { useEffect } from 'react';

/** Marks <html> once React has hydrated; e2e tests wait for it before clicking. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
