import * as tf from '@tensorflow/tfjs';
import { MAX_KEPT_NAMES } from '../limits';

/**
 * What a run did to the kernel's live tensors, for its status line. A cell's top-level names
 * are shared with later cells, so tensors they hold (`const mu = tf.variable(…)`, a model's
 * weights, an optimizer's moments) are kept on purpose: only tensors the run made that no
 * top-level name reaches are leaked. tfjs ids grow with each tensor made, which tells the run's
 * tensors from older ones.
 */
export interface TensorCounts {
  /** Tensors the run made, still alive, that no top-level name reaches. */
  leaked: number;
  /** Tensors the run made that top-level names reach. */
  kept: number;
  /** The top-level names that reach them, the run's own declarations first. */
  keptBy: string[];
  /** Tensors made before the run that it freed (a re-declaration's old value, a `dispose()`). */
  freed: number;
}

/** Objects and array slots the walk looks at before it gives up (a huge array of rows). */
const MAX_STEPS = 500_000;
const MAX_DEPTH = 12;

interface EngineInternals {
  nextTensorId(): number;
  disposeTensor(t: tf.Tensor): void;
  state: { tensorInfo: { has(dataId: object): boolean } };
}

let active: { firstId: number; freedOlder: number } | null = null;
let counting = false;

/** Counts, while a census is open, each tensor made before it that is freed (tfjs has no event for this). */
function countDisposals(): void {
  if (counting) return;
  const engine = tf.engine() as unknown as EngineInternals;
  const dispose = engine.disposeTensor.bind(engine);
  engine.disposeTensor = (t: tf.Tensor) => {
    // The engine counts a tensor freed only when it still tracks its data (as disposeTensor checks).
    if (active && t.id < active.firstId && engine.state.tensorInfo.has(t.dataId)) active.freedOlder++;
    dispose(t);
  };
  counting = true;
}

/** Starts counting for one run; call the result when the run has ended (replaced values freed). */
export function openCensus(): (roots: readonly (readonly [string, unknown])[]) => TensorCounts {
  countDisposals();
  const engine = tf.engine() as unknown as EngineInternals;
  const before = tf.memory().numTensors;
  const census = { firstId: engine.nextTensorId(), freedOlder: 0 };
  active = census;
  return (roots) => {
    if (active === census) active = null;
    const alive = tf.memory().numTensors - before + census.freedOlder;
    const { kept, keptBy } = keptTensors(roots, census.firstId);
    return { leaked: Math.max(0, alive - kept), kept, keptBy, freed: census.freedOlder };
  };
}

/** Live tensors with an id of at least `firstId` that the roots reach through arrays, maps, sets and object fields. */
export function keptTensors(roots: readonly (readonly [string, unknown])[], firstId: number): { kept: number; keptBy: string[] } {
  const seen = new Set<unknown>([globalThis]);
  const keptBy: string[] = [];
  let kept = 0;
  let steps = 0;
  const walk = (value: unknown, depth: number): number => {
    if (typeof value !== 'object' || value === null || seen.has(value) || ++steps > MAX_STEPS) return 0;
    seen.add(value);
    try {
      return walkInside(value, depth);
    } catch {
      // A proxy or a collection with its own iterator may throw: what it holds counts as not kept.
      return 0;
    }
  };
  const walkInside = (value: object, depth: number): number => {
    if (value instanceof tf.Tensor) return !value.isDisposed && value.id >= firstId ? 1 : 0;
    if (depth >= MAX_DEPTH || ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Promise) return 0;
    let n = 0;
    if (Array.isArray(value)) {
      for (const v of value)
        if (typeof v === 'object') n += walk(v, depth + 1);
        else if (++steps > MAX_STEPS) break;
    } else if (value instanceof Map) {
      for (const [k, v] of value) n += walk(k, depth + 1) + walk(v, depth + 1);
    } else if (value instanceof Set) {
      for (const v of value) n += walk(v, depth + 1);
    } else {
      // Fields only: a getter is code, which a census must not run.
      for (const d of Object.values(Object.getOwnPropertyDescriptors(value))) if ('value' in d) n += walk(d.value, depth + 1);
    }
    return n;
  };
  for (const [name, value] of roots) {
    const n = walk(value, 0);
    kept += n;
    if (n > 0 && keptBy.length < MAX_KEPT_NAMES) keptBy.push(name);
  }
  return { kept, keptBy };
}
