import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

// The prose after the wgan-clip cell says what small and large clip values do to the critic, as a
// rule rather than one draw: checked on the cell's seed (4) and two others, for c = 0.01 and c = 1.
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

async function clipRun(seed: number, c: number) {
  const edit = (code: string) =>
    code.replace(/const c = [\d.]+;/, `const c = ${c};`).replace(/seed: 4, batchSize/, `seed: ${seed}, batchSize`);
  const { prints } = await runCellsUpTo(mdx, 'wgan-clip', { seed, edit, only: true });
  const after = (label: string) => Number(/:\s*([-\d.e+]+)/.exec(prints.find((p) => p.startsWith(label))!)![1]);
  return { pinnedPercent: after('critic weights stuck at'), fRange: after('range of f over the square') };
}

describe.each([4, 1, 2])('the wgan-clip cell, seed %i', (seed) => {
  it('c = 0.01: most weights sit on the walls and f spans about 10⁻³', async () => {
    const { pinnedPercent, fRange } = await clipRun(seed, 0.01);
    expect(pinnedPercent).toBeGreaterThan(50);
    expect(fRange).toBeGreaterThan(2e-4);
    expect(fRange).toBeLessThan(5e-3);
  }, 300_000);

  it('c = 1: almost no weight touches the box and f spans far more', async () => {
    const { pinnedPercent, fRange } = await clipRun(seed, 1);
    expect(pinnedPercent).toBeLessThan(5);
    expect(fRange).toBeGreaterThan(1);
  }, 300_000);
});
