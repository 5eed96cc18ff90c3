import { readFileSync } from 'node:fs';
import { numberAfter, runCellsUpTo } from '../../lib/content/cell-runner';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

export interface ProjectionRow {
  objective: string;
  mu: number;
  sigma: number;
}

let projection: Promise<ProjectionRow[]> | undefined;
/** The table the info-projection cell displays (deterministic: it fits on a grid). */
function projectionTable(): Promise<ProjectionRow[]> {
  projection ??= runCellsUpTo(mdx, 'info-projection', { only: true }).then((r) => r.displays.at(-1) as ProjectionRow[]);
  return projection;
}
export const projectionFit = async (objective: string) => (await projectionTable()).find((r) => r.objective.startsWith(objective))!;

const classifier = new Map<number | undefined, Promise<number>>();
/** Classifier estimate minus the exact JSD, as the jsd-classifier cell prints them, for a seed. */
export function classifierError(seed?: number): Promise<number> {
  if (!classifier.has(seed)) {
    classifier.set(
      seed,
      runCellsUpTo(mdx, 'jsd-classifier', { seed, only: true }).then(
        (r) => numberAfter(r.prints, 'classifier estimate') - numberAfter(r.prints, 'exact JSD'),
      ),
    );
  }
  return classifier.get(seed)!;
}
export const OTHER_SEEDS = [1, 2, 3, 4, 5];
