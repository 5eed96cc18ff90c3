import type { RunState } from './run-state';

/**
 * A cell's state before and at the start of a run. Apart from run-state.ts so that a cell that
 * has not run yet does not load the reducer of kernel messages (see kernel-loader.ts).
 */
export const idleRun: RunState = {
  runId: null,
  status: 'idle',
  backend: null,
  outputs: [],
  droppedOutputs: 0,
  progress: null,
  error: null,
  checks: [],
  result: null,
};

export function queuedRun(runId: number): RunState {
  return { ...idleRun, runId, status: 'queued' };
}
