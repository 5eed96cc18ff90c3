import * as tf from '@tensorflow/tfjs';

/**
 * Running a cell again re-declares its top-level names. tfjs frees nothing by itself, so the
 * values those names held (the first run's weights, optimizer state, data tensors) would stay
 * allocated, unreachable by name, for the life of the kernel: a chapter run three times would
 * hold three copies. The kernel therefore frees what a re-declaration replaced, as a notebook
 * learner expects. A value still held by another global name (`const b = a`) is kept.
 */

export type Declared = Map<string, unknown>;

/** The current values of the names a cell is about to declare. */
export function valuesBefore(names: readonly string[]): Declared {
  const scope = globalThis as Record<string, unknown>;
  return new Map(names.filter((n) => Object.hasOwn(scope, n)).map((n) => [n, scope[n]]));
}

/** Tensors, arrays of tensors, and objects that can dispose themselves (optimizers, ml models, trainers). */
function release(value: unknown): void {
  if (value instanceof tf.Tensor) value.dispose();
  else if (Array.isArray(value) && value.length > 0 && value.every((v) => v instanceof tf.Tensor)) tf.dispose(value);
  else if (typeof (value as { dispose?: unknown } | null)?.dispose === 'function') (value as { dispose(): void }).dispose();
}

/** Frees each value that a declaration replaced and no global name holds any more. */
export function disposeReplaced(before: Declared): void {
  const scope = globalThis as Record<string, unknown>;
  const held = new Set(Object.values(scope));
  for (const [name, old] of before) {
    if (old === null || typeof old !== 'object' || scope[name] === old || held.has(old)) continue;
    try {
      release(old);
    } catch {
      // A learner's own dispose() that throws must not fail the run that replaced it.
    }
  }
}
