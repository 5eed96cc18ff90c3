import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

// The prose after the gan-gp-sn cell: the timing column is the robust result (WGAN-GP far dearer per
// generator step, SN-GAN close to the plain GAN; checked by counting kernels, which load cannot move); after 150 steps none covers the grid, and WGAN-GP
// "usually" spreads its samples most evenly (lowest Fréchet distance). "Usually" is checked as: on
// at least two of the cell's seed (9) and two others. Slow: about a minute on 2 idle cores.
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
type Row = Record<string, number | string>;

// The cost the timing column shows, counted instead of timed (a busy machine moves the times):
// the kernels one generator step launches, after the cell's untimed warm-up steps.
const warmUp = 'await trainer.losses();';
const countKernels = `${warmUp}\n  print(JSON.stringify({ name, kernels: (await tf.profile(() => trainer.step())).kernels.length }));`;

async function threeGans(seed: number): Promise<{ rows: Row[]; kernels: Record<string, number> }> {
  const edit = (code: string) => code.replace("data: 'grid', seed: 9,", `data: 'grid', seed: ${seed},`).replace(warmUp, countKernels);
  const { displays, prints } = await runCellsUpTo(mdx, 'gan-gp-sn', { seed, edit, only: true });
  const counted = prints.map((p) => JSON.parse(p) as { name: string; kernels: number });
  return { rows: displays.at(-1) as Row[], kernels: Object.fromEntries(counted.map((c) => [c.name, c.kernels])) };
}

describe('the gan-gp-sn cell across seeds', () => {
  it('WGAN-GP costs most per step, usually has the lowest Fréchet distance, and no GAN covers all 25 modes', async () => {
    let wganLowest = 0;
    for (const seed of [9, 1, 2]) {
      const { rows, kernels } = await threeGans(seed);
      const get = (prefix: string) => rows.find((r) => String(r.method).startsWith(prefix))!;
      const [plain, gp, sn] = [get('plain'), get('WGAN-GP'), get('SN-GAN')];
      const work = (r: Row) => kernels[r.method as string];
      expect(work(gp)).toBeGreaterThan(2 * work(plain));
      expect(work(gp)).toBeGreaterThan(2 * work(sn));
      for (const r of rows) expect(r['ms per generator step']).toBeGreaterThan(0);
      for (const r of rows) expect(r['modes reached (of 25)']).toBeLessThan(25);
      const fd = (r: Row) => r['Fréchet distance'] as number;
      if (fd(gp) < Math.min(fd(plain), fd(sn))) wganLowest++;
    }
    expect(wganLowest).toBeGreaterThanOrEqual(2);
  }, 900_000);
});
