/**
 * After a Run the learner started, brings the cell's output into view below its sticky
 * controls, so Run, Stop, progress and output are on one screen even when the code above is
 * taller than the window. The page does not move when the output's top already sits between the
 * controls and the lower part of the window.
 */
export function revealOutput(output: HTMLElement, controls: HTMLElement | null): void {
  const top = output.getBoundingClientRect().top;
  const controlsBottom = controls?.getBoundingClientRect().bottom ?? 0;
  const height = window.innerHeight;
  if (top >= controlsBottom && top <= height * LOWEST_TOP) return;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: top - height * TARGET_TOP, behavior: reduced ? 'auto' : 'smooth' });
}

/** Fractions of the window's height: the lowest the output may start, and where it is moved to. */
const LOWEST_TOP = 0.6;
const TARGET_TOP = 0.45;
