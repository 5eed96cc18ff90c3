import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

// The prose after the clip-vs-gp cell: the clipped critic is a faint, almost planar tilt, the
// penalised one has slopes of order 1, and each iteration with the penalty takes noticeably longer.
// A pattern, not one draw: checked on the cell's seed and two others.
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const cellSeed = Number(/```js cell id="clip-vs-gp" seed=(\d+)/.exec(mdx)![1]);

// Prints the critic's range over the plotted square, right after the cell reads its surface.
const probe = 'const fv = await f.data();\n  print(JSON.stringify({ name, range: Math.max(...fv) - Math.min(...fv), width: 2 * cmpLim }));';
// The cost the timing column shows, counted instead of timed (a busy machine moves the times):
// the kernels one iteration launches, after the cell's untimed warm-up steps.
const warmUp = 'await trainer.losses();';
const countKernels = `${warmUp}\n  print(JSON.stringify({ name, kernels: (await tf.profile(() => trainer.step())).kernels.length }));`;

describe.each([cellSeed, 1, 2])('the clip-vs-gp cell, seed %i', (seed) => {
  it('clipping gives an almost flat critic, the penalty slopes of order 1 at a higher cost per iteration', async () => {
    const edit = (code: string) =>
      code
        .replace('const fv = await f.data();', probe)
        .replace(warmUp, countKernels)
        .replace(/seed: \d+,/g, `seed: ${seed},`);
    const { prints, displays } = await runCellsUpTo(mdx, 'clip-vs-gp', { seed, edit, only: true });
    const printed = prints.map((p) => JSON.parse(p) as { name: string; range?: number; width?: number; kernels?: number });
    const surface = Object.fromEntries(
      printed.filter((p) => p.range !== undefined).map((s) => [s.name, s as { name: string; range: number; width: number }]),
    );
    const kernels = Object.fromEntries(printed.filter((p) => p.kernels !== undefined).map((p) => [p.name, p.kernels as number]));
    const clip = surface['weight clipping'];
    const gp = Object.values(surface).find((s) => s.name !== 'weight clipping')!;
    expect(clip.range / clip.width).toBeLessThan(0.01);
    expect(gp.range / gp.width).toBeGreaterThan(0.1);
    expect(gp.range / gp.width).toBeLessThan(10);
    expect(kernels[gp.name]).toBeGreaterThan(1.5 * kernels['weight clipping']);
    // The timing column is there for every row (its values belong to the bench, not to a test).
    const rows = displays.at(-1) as Record<string, number | string>[];
    for (const name of [gp.name, 'weight clipping']) expect(rows.find((r) => r.method === name)!['ms per iteration']).toBeGreaterThan(0);
  }, 600_000);
});
