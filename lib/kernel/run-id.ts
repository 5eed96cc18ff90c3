/**
 * A run's id: 128 random bits in hex, made by the page. Cell code cannot predict the id of a
 * run it did not start, so it cannot make the page take its output for another run's.
 * (getRandomValues, not randomUUID: the latter exists only in secure contexts.)
 */
export function newRunId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const RUN_ID_PATTERN = /^[0-9a-f]{32}$/;
