'use client';
import { useSyncExternalStore } from 'react';
import { getProgress, getServerProgress, subscribe } from '@/lib/progress/store';
import type { Progress } from '@/lib/progress/schema';

/** The learner's progress, re-rendering on every change (this tab or another). */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, getProgress, getServerProgress);
}
