import type { KernelError, OutputItem } from './protocol';
import type { ImageGridModel } from './image-grid';
import type { PlotModel } from './plot-model';

/**
 * What a cell shows about its latest run, and its state before and at the start of one. The
 * reducer that builds it from kernel messages is in run-reducer.ts, so that a cell that has not
 * run yet does not load it (see loader.ts).
 */

export type OutputEntry =
  { kind: 'item'; item: OutputItem } | { kind: 'plot'; model: PlotModel } | { kind: 'images'; model: ImageGridModel };

export interface ProgressView {
  step: number;
  total: number;
  metrics?: Record<string, number>;
  /** Steps per second since the first progress report of the run, once it can be measured. */
  rate: number | null;
  first: { step: number; at: number };
}

interface CheckResult {
  name: string;
  passed: boolean;
  message?: string;
  /** The typical mistake the check recognised, in the author's words. */
  mistake?: string;
}

export interface RunResult {
  ok: boolean;
  elapsedMs: number;
  backend: string;
  leakedTensors: number;
  keptTensors?: number;
  keptBy?: string[];
  freedTensors?: number;
}

export interface RunState {
  runId: string | null;
  status: 'idle' | 'queued' | 'running' | 'done';
  backend: string | null;
  outputs: OutputEntry[];
  /** Output lines printed before the last MAX_OUTPUT_LINES, which are all a cell keeps. */
  hiddenLines: number;
  progress: ProgressView | null;
  error: KernelError | null;
  checks: CheckResult[];
  result: RunResult | null;
}

export const idleRun: RunState = {
  runId: null,
  status: 'idle',
  backend: null,
  outputs: [],
  hiddenLines: 0,
  progress: null,
  error: null,
  checks: [],
  result: null,
};

/** A run waiting its turn; its id is null while the kernel client is still loading. */
export function queuedRun(runId: string | null): RunState {
  return { ...idleRun, runId, status: 'queued' };
}

/** A run that never started because the notebook runtime's code did not load. */
export function runtimeNotLoaded(): RunState {
  // The failed request is in the browser's console; the learner needs what to do about it.
  const message = 'The notebook runtime did not load. Check the connection, then press Run to try again.';
  return { ...idleRun, status: 'done', error: { type: 'error', runId: '', kind: 'stopped', message } };
}
