/**
 * What one cell keeps of a run's output, so that a flood cannot freeze the page: enforced by
 * the kernel (it sends no more) and again by the page (protocol.ts refuses more).
 */

/** Output lines a cell keeps: the last ones printed, with a count of those hidden before. */
export const MAX_OUTPUT_LINES = 300;

/** Points drawn per series; past it the series keeps every 2nd, 4th, … row (worker/thinning.ts). */
export const MAX_POINTS_PER_SERIES = 5000;

/** Top-level names a run's status line lists as keeping its tensors. */
export const MAX_KEPT_NAMES = 8;
