import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

// The prose after the saturating-vs-non-saturating cell describes a pattern, not one draw: checked on
// the cell's seed (3) and two others, set where the cell and its trainers take it.
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

interface Report {
  fdSaturating: number;
  fdNonSaturating: number;
  gradSaturating: number;
  gradNonSaturating: number;
}

describe.each([3, 1, 2])('the saturating-vs-non-saturating cell, seed %i', (seed) => {
  it('the non-saturating gradient starts orders of magnitude larger and its samples reach the data first', async () => {
    const edit = (code: string) =>
      code
        .replace(/seed: 3, data/, `seed: ${seed}, data`)
        .replace(
          "metrics[i === 0 ? 'fdSaturating' : 'fdNonSaturating'] = fd;",
          "metrics[i === 0 ? 'fdSaturating' : 'fdNonSaturating'] = fd; metrics[i === 0 ? 'gradSaturating' : 'gradNonSaturating'] = g;",
        )
        .replace('await report(0);', 'await progress(0, ITERATIONS, await report(0));');
    const reports = (await runCellsUpTo(mdx, 'saturating-vs-non-saturating', { seed, edit, only: true })).metrics as unknown as Report[];
    const [start] = reports;
    expect(start.gradNonSaturating).toBeGreaterThan(100 * start.gradSaturating);
    // "Within a few hundred iterations its samples sit on the data, while the saturating generator
    // creeps": the first report with the non-saturating Fréchet distance under 0.5 (from 25 to 40 at
    // the start) comes within the 600 iterations, with the saturating one still far behind.
    const onData = reports.findIndex((r) => r.fdNonSaturating < 0.5);
    expect(onData).toBeGreaterThan(0);
    expect(reports[onData].fdSaturating).toBeGreaterThan(5 * reports[onData].fdNonSaturating);
  }, 300_000);
});
