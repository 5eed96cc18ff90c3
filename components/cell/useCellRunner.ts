'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Backend, RunMessage } from '@/lib/kernel/protocol';
import { loadKernel, whenKernelLoaded, type KernelRuntime } from '@/lib/kernel/loader';
import type { RunState } from '@/lib/kernel/run-state';
import { idleRun, queuedRun, runtimeNotLoaded } from '@/lib/kernel/run-state';
import { drawingsOf } from '@/lib/progress/drawings';

/** The run a repeated Run of the same code joins; runId is null while the kernel client loads. */
interface PendingRun {
  key: string;
  runId: string | null;
  done: Promise<boolean>;
}

export interface RunOptions {
  code: string;
  seed?: number;
  backend: Backend;
  checks?: string;
}

/**
 * A cell's link to the page kernel: runs its code, folds the kernel's messages into a
 * RunState and re-renders at most once per animation frame (a loop that prints every step
 * must not re-render React thousands of times a second). `latest()` is always current.
 */
export function useCellRunner(chapter: string, cellId: string) {
  const stateRef = useRef<RunState>(idleRun);
  const [state, setState] = useState<RunState>(idleRun);
  const [needsRerun, setNeedsRerun] = useState(false);
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    frame.current = null;
    setState(stateRef.current);
  }, []);

  const apply = useCallback(
    ({ reduceRun }: KernelRuntime, msg: RunMessage) => {
      stateRef.current = reduceRun(stateRef.current, msg, performance.now());
      if (msg.type === 'done' || msg.type === 'started') {
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        flush();
      } else if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  useEffect(
    () => whenKernelLoaded(({ getKernel }) => getKernel(chapter).onStateLost((lost) => lost.has(cellId) && setNeedsRerun(true))),
    [chapter, cellId],
  );
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const pending = useRef<PendingRun | null>(null);

  // The kernel client loads on the first Run of the page (kernel-loader.ts); later runs find it loaded.
  const run = useCallback(
    (o: RunOptions, onNewRun?: () => void): Promise<boolean> => {
      // A second Run of the same code while the first is loading, queued or running (a double
      // click, Shift+Enter held down) joins it: one run, one set of output, one run in the saved
      // progress (`onNewRun` is called only for a run that is actually queued).
      const key = JSON.stringify([o.code, o.seed, o.backend, o.checks]);
      const p = pending.current;
      const busy = stateRef.current.status === 'queued' || stateRef.current.status === 'running';
      if (p?.key === key && (p.runId === null || (busy && stateRef.current.runId === p.runId))) return p.done;
      const entry: PendingRun = { key, runId: null, done: Promise.resolve(false) };
      // Shown at once: the first Run of a page downloads the kernel's client before it can queue.
      stateRef.current = queuedRun(null);
      setState(stateRef.current);
      entry.done = loadKernel().then(
        (runtime) => {
          const { runId, done } = runtime
            .getKernel(chapter)
            .run({ cellId, code: o.code, seed: o.seed, backend: o.backend, checks: o.checks, drawings: drawingsOf(chapter) }, (msg) =>
              apply(runtime, msg),
            );
          entry.runId = runId;
          stateRef.current = queuedRun(runId);
          setState(stateRef.current);
          setNeedsRerun(false);
          return done;
        },
        () => {
          // Said on the cell, and the next click loads again (loader.ts forgets a failed load).
          if (pending.current === entry) pending.current = null;
          stateRef.current = runtimeNotLoaded();
          setState(stateRef.current);
          return false;
        },
      );
      pending.current = entry;
      onNewRun?.();
      return entry.done;
    },
    [chapter, cellId, apply],
  );

  const stop = useCallback(() => {
    const { runId } = stateRef.current;
    // A run id exists only once the kernel has loaded.
    if (runId !== null) void loadKernel().then(({ getKernel }) => getKernel(chapter).stop(runId));
  }, [chapter]);

  const latest = useCallback(() => stateRef.current, []);
  return { state, needsRerun, run, stop, latest };
}
