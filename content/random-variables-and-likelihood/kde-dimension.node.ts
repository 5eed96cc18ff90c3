import { readFileSync } from 'node:fs';
import { runCellsUpTo } from '../../lib/content/cell-runner';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

export interface KdeRow {
  d: number;
  bestH: number;
  gapPerDim: number;
}

const runs = new Map<number, Promise<KdeRow[]>>();

/** The table the kde-dimension cell displays, for a seed (memoised: each run takes seconds). */
export function kdeTable(seed: number): Promise<KdeRow[]> {
  if (!runs.has(seed)) {
    runs.set(
      seed,
      runCellsUpTo(mdx, 'kde-dimension', { seed, only: true }).then((r) => r.displays.at(-1) as KdeRow[]),
    );
  }
  return runs.get(seed)!;
}

export const gapAt = async (seed: number, d: number) => (await kdeTable(seed)).find((r) => r.d === d)!.gapPerDim;
