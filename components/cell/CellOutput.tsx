'use client';
import { lazy, Suspense } from 'react';
import type { RunState } from '@/lib/kernel/run-state';

// The renderers (text, tables, live plots, progress, errors) load on a cell's first Run, in
// the few milliseconds the kernel takes to answer; a cell that never ran draws nothing here.
const Output = lazy(() => import('./Output').then((m) => ({ default: m.Output })));
const LazyRunLine = lazy(() => import('./RunLine').then((m) => ({ default: m.RunLine })));

/** A cell's output, or nothing before its first Run. */
export function CellOutput({ state, budgetSeconds }: { state: RunState; budgetSeconds?: number }) {
  if (state.status === 'idle') return null;
  return (
    <Suspense fallback={null}>
      <Output state={state} budgetSeconds={budgetSeconds} />
    </Suspense>
  );
}

/** A cell's progress bar and status line, for its sticky controls; nothing before its first Run. */
export function CellRunLine({ state }: { state: RunState }) {
  if (state.status === 'idle') return null;
  return (
    <Suspense fallback={null}>
      <LazyRunLine state={state} />
    </Suspense>
  );
}
