'use client';
import { useSyncExternalStore } from 'react';
import { getServerStorageIssue, getStorageIssue, subscribe, type StorageIssue } from '@/lib/progress/store';

/** The current problem with saved progress (corrupt, newer version, quota), if any. */
export function useStorageIssue(): StorageIssue | null {
  return useSyncExternalStore(subscribe, getStorageIssue, getServerStorageIssue);
}
