import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

// The prose after the chapter's two training cells describes patterns, not one draw: each claim is
// checked on the cell's own seed and two others (about 2 minutes on 2 idle cores in all).
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

describe.each([7, 1, 2])('the frechet-during-training cell, trainer seed %i', (seed) => {
  it('both measures improve as the generator learns, and a second real sample does better still', async () => {
    const edit = (code: string) => code.replace('{ seed: 7 }', `{ seed: ${seed} }`);
    const { metrics, prints } = await runCellsUpTo(mdx, 'frechet-during-training', { seed, edit, only: true });
    const first = metrics[0];
    const last = metrics.at(-1)!;
    expect(last.fd).toBeLessThan(first.fd / 5);
    expect(last.kde).toBeGreaterThan(first.kde + 10);
    const [, fd, kde] = /Fréchet ([\d.]+) \| Parzen ([-\d.]+)/.exec(prints.at(-1)!)!.map(Number);
    expect(fd).toBeLessThan(last.fd);
    expect(kde).toBeGreaterThan(last.kde);
  }, 300_000);
});

async function precisionRecall(seed: number, dLr: number) {
  const edit = (code: string) =>
    code.replace(/const D_LR = [\d.]+;/, `const D_LR = ${dLr};`).replace('seed: 5, data', `seed: ${seed}, data`);
  const { metrics } = await runCellsUpTo(mdx, 'precision-recall-during-training', { seed, edit, only: true });
  return metrics.filter((m) => 'precision' in m) as { precision: number; recall: number }[];
}

describe.each([5, 1, 2])('the precision-recall-during-training cell, seed %i', (seed) => {
  it('as written: recall near 1 early with precision near 0, then precision climbs to about ¾ with recall still high', async () => {
    const pr = await precisionRecall(seed, 0.005);
    // Within the first 400 iterations (a report every 40) comes a blurry moment: recall near 1, precision near 0.
    expect(pr.slice(0, 10).some((p) => p.recall > 0.85 && p.precision < 0.15)).toBe(true);
    const last = pr.at(-1)!;
    expect(last.precision).toBeGreaterThan(0.6);
    expect(last.precision).toBeLessThan(0.9);
    expect(last.recall).toBeGreaterThan(0.6);
  }, 300_000);

  it('with D_LR = 0.0005: precision stays low throughout while recall jumps up and down', async () => {
    const pr = await precisionRecall(seed, 0.0005);
    expect(Math.max(...pr.map((p) => p.precision))).toBeLessThan(0.3);
    const recall = pr.map((p) => p.recall);
    expect(Math.max(...recall) - Math.min(...recall)).toBeGreaterThan(0.3);
    expect(recall.slice(1).some((r, i) => r < recall[i] - 0.1)).toBe(true);
  }, 300_000);
});
