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

describe.each([cellSeed, 1, 2])('the clip-vs-gp cell, seed %i', (seed) => {
  it('clipping gives an almost flat critic, the penalty slopes of order 1 at a higher cost per iteration', async () => {
    const edit = (code: string) => code.replace('const fv = await f.data();', probe).replace(/seed: \d+,/g, `seed: ${seed},`);
    const { prints, displays } = await runCellsUpTo(mdx, 'clip-vs-gp', { seed, edit, only: true });
    const surface = Object.fromEntries(
      prints.map((p) => JSON.parse(p) as { name: string; range: number; width: number }).map((s) => [s.name, s]),
    );
    const clip = surface['weight clipping'];
    const gp = Object.values(surface).find((s) => s.name !== 'weight clipping')!;
    expect(clip.range / clip.width).toBeLessThan(0.01);
    expect(gp.range / gp.width).toBeGreaterThan(0.1);
    expect(gp.range / gp.width).toBeLessThan(10);
    const rows = displays.at(-1) as Record<string, number | string>[];
    const ms = (name: string) => rows.find((r) => r.method === name)!['ms per iteration'] as number;
    expect(ms(gp.name)).toBeGreaterThan(1.5 * ms('weight clipping'));
  }, 600_000);
});
