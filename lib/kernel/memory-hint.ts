/**
 * Turns the engine's out-of-memory errors into something a learner can act on. Asking for a
 * tensor far beyond memory (`tf.zeros([1e5, 1e5])`: ten billion numbers) fails inside V8 or
 * the wasm heap with a terse RangeError that never mentions memory.
 */

const OUT_OF_MEMORY = [
  /Invalid typed array length: (\d+)/,
  /Array buffer allocation failed/,
  /Invalid array buffer length/,
  /Cannot enlarge memory/,
  /Aborted\(OOM\)/,
  /out of memory/i,
];

/** Decimal gigabytes/megabytes with a unit, e.g. "40 GB". */
function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${Number((bytes / 1e9).toPrecision(3))} GB`;
  return `${Number((bytes / 1e6).toPrecision(3))} MB`;
}

/** A plain-language hint when `message` means the cell ran out of memory, else null. */
export function memoryHint(message: string): string | null {
  const match = OUT_OF_MEMORY.map((pattern) => pattern.exec(message)).find(Boolean);
  if (!match) return null;
  const count = match[1] ? Number(match[1]) : null;
  const size = count === null ? '' : ` (${count.toLocaleString('en')} numbers: ${formatBytes(count * 4)} as float32)`;
  return (
    `That asked for more memory than the browser gives a page${size}. ` +
    'Use smaller shapes, or process the data in batches; a tensor needs 4 bytes per number.'
  );
}
