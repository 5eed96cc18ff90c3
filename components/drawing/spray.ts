import type { Point } from '@/lib/drawing/points-csv';

/** Points a spray adds at once: the one under the pointer and a few around it. */
const PER_SPRAY = 3;
/** The spread of a spray, in units of the canvas side. */
const SPREAD = 0.015;

/**
 * A few points around `at`, so a stroke lays down a band of data with some width, as a spray can
 * would, rather than a thin line a generator could only copy. Decoration, not training data
 * randomness: the unseeded Math.random is fine here.
 */
export function spray([x, y]: Point): Point[] {
  const out: Point[] = [[x, y]];
  for (let i = 1; i < PER_SPRAY; i++) {
    const angle = 2 * Math.PI * Math.random();
    const radius = SPREAD * Math.sqrt(Math.random());
    out.push([clamp(x + radius * Math.cos(angle)), clamp(y + radius * Math.sin(angle))]);
  }
  return out;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
