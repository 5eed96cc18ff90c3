/** Observable Plot's module type, as figures receive it. */
export type PlotModule = typeof import('@observablehq/plot');

let pending: Promise<PlotModule> | null = null;

/**
 * Loads Observable Plot once per page, on demand: it is too heavy for a lesson's first load.
 * A failed load is forgotten so that the next figure to come into view tries again.
 */
export function loadPlot(): Promise<PlotModule> {
  pending ??= import('@observablehq/plot').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
