'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Backend, FromKernel } from '@/lib/kernel/protocol';
import { getKernel } from './kernel-client';
import { idleRun, queuedRun, reduceRun, type RunState } from './run-state';

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
    (msg: FromKernel) => {
      stateRef.current = reduceRun(stateRef.current, msg, performance.now());
      if (msg.type === 'done' || msg.type === 'started') {
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        flush();
      } else if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  useEffect(() => getKernel(chapter).onStateLost((lost) => lost.has(cellId) && setNeedsRerun(true)), [chapter, cellId]);
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  const pending = useRef<{ runId: number; key: string; done: Promise<boolean> } | null>(null);

  const run = useCallback(
    (o: RunOptions, onNewRun?: () => void): Promise<boolean> => {
      // A second Run of the same code while the first is queued or running (a double click,
      // Shift+Enter held down) joins it: one run, one set of output, one run in the saved
      // progress (`onNewRun` is called only for a run that is actually queued).
      const key = JSON.stringify([o.code, o.seed, o.backend, o.checks]);
      const busy = stateRef.current.status === 'queued' || stateRef.current.status === 'running';
      if (busy && pending.current?.runId === stateRef.current.runId && pending.current.key === key) return pending.current.done;
      const { runId, done } = getKernel(chapter).run({ cellId, code: o.code, seed: o.seed, backend: o.backend, checks: o.checks }, apply);
      pending.current = { runId, key, done };
      onNewRun?.();
      stateRef.current = queuedRun(runId);
      setState(stateRef.current);
      setNeedsRerun(false);
      return done;
    },
    [chapter, cellId, apply],
  );

  const stop = useCallback(() => {
    const { runId } = stateRef.current;
    if (runId !== null) getKernel(chapter).stop(runId);
  }, [chapter]);

  const latest = useCallback(() => stateRef.current, []);
  return { state, needsRerun, run, stop, latest };
}
