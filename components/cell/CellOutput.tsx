'use client';
import type { RunState } from '@/lib/kernel/run-state';
import { lazyWithRetry } from '@/components/lazy/lazyWithRetry';

// The renderers (text, tables, live plots, progress, errors) load on a cell's first Run, in
// the few milliseconds the kernel takes to answer; a cell that never ran draws nothing here.
const Output = lazyWithRetry(() => import('./Output').then((m) => m.Output), 'The output view');
const LazyRunLine = lazyWithRetry(() => import('./RunLine').then((m) => m.RunLine), 'The status line');

/** A cell's output, or nothing before its first Run. */
export function CellOutput({ state, budgetSeconds }: { state: RunState; budgetSeconds?: number }) {
  if (state.status === 'idle') return null;
  return <Output state={state} budgetSeconds={budgetSeconds} />;
}

/** A cell's progress bar and status line, for its sticky controls; nothing before its first Run. */
export function CellRunLine({ state }: { state: RunState }) {
  if (state.status === 'idle') return null;
  return <LazyRunLine state={state} />;
}
