import type { getKernel } from './page-kernel';
import type { reduceRun } from './run-reducer';

/**
 * What a cell needs once it runs: the page kernel's client and the reducer of its messages.
 * They load on the first Run (alongside the worker, which takes far longer to start), not with
 * the page: a reader who never runs a cell never downloads them.
 */
export interface KernelRuntime {
  getKernel: typeof getKernel;
  reduceRun: typeof reduceRun;
}

let runtime: KernelRuntime | null = null;
let loading: Promise<KernelRuntime> | null = null;
const waiting = new Set<(r: KernelRuntime) => void>();

/** Loads the kernel's client once; a load that failed (offline, a chunk lost) is tried again on the next call. */
export function loadKernel(): Promise<KernelRuntime> {
  loading ??= Promise.all([import('./page-kernel'), import('./run-reducer')]).then(
    ([client, state]) => {
      runtime = { getKernel: client.getKernel, reduceRun: state.reduceRun };
      for (const attach of waiting) attach(runtime);
      waiting.clear();
      return runtime;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

type Cleanup = (() => void) | void;

/**
 * Calls `use` once the kernel has loaded (at once if it has) without loading it, and returns
 * the cleanup. For what matters only after a first Run: Run all's list of cells, "state lost"
 * notices, the kernel's status.
 */
export function whenKernelLoaded(use: (r: KernelRuntime) => Cleanup): () => void {
  let cleanup: Cleanup;
  let live = true;
  const attach = (r: KernelRuntime) => {
    if (live) cleanup = use(r);
  };
  if (runtime) attach(runtime);
  else waiting.add(attach);
  return () => {
    live = false;
    waiting.delete(attach);
    cleanup?.();
  };
}
