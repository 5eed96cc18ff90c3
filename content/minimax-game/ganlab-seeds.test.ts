import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';
import { PRESETS } from '../../lib/ml/presets';

// The prose after the GAN Lab cell: later in the run the background fades towards D ≈ ½ and the
// losses flatten near their equilibrium values (1.95·log 2 for D with GAN Lab's 0.95 weight, log 2
// for G). What a learner "will see", so checked on the cell's seed and two others.
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const realWeight = PRESETS['ganlab-default'].realWeight ?? 1;

// After training: how far D's grid values sit from ½ on average, over the plotted square.
const probe = `{ const d = trainer.discriminate(grid); const v = await d.data(); d.dispose();
  let s = 0; for (const x of v) s += Math.abs(x - 0.5); print(JSON.stringify({ meanDistanceFromHalf: s / v.length })); }
const fakeEnd = trainer.sample(1000);`;

describe.each([1, 2, 3])('the ganlab-two-gaussians cell, seed %i', (seed) => {
  it('ends with D near ½ over the plane and both losses near their equilibrium values', async () => {
    const edit = (code: string) =>
      code.replace('seed: 1, data:', `seed: ${seed}, data:`).replace('const fakeEnd = trainer.sample(1000);', probe);
    const { prints, metrics } = await runCellsUpTo(mdx, 'ganlab-two-gaussians', { seed, edit, only: true });
    const { meanDistanceFromHalf } = JSON.parse(prints.find((p) => p.startsWith('{'))!) as { meanDistanceFromHalf: number };
    expect(meanDistanceFromHalf).toBeLessThan(0.15);
    const last = metrics.slice(-5); // the last 250 iterations
    const mean = (k: string) => last.reduce((s, m) => s + m[k], 0) / last.length;
    expect(Math.abs(mean('dLoss') - (1 + realWeight) * Math.LN2)).toBeLessThan(0.15);
    expect(Math.abs(mean('gLoss') - Math.LN2)).toBeLessThan(0.15);
  }, 600_000);
});
