import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

// The prose after the gan-gp-sn cell: the timing column is the robust result (WGAN-GP far dearer per
// generator step, SN-GAN close to the plain GAN); after 150 steps none covers the grid, and WGAN-GP
// "usually" spreads its samples most evenly (lowest Fréchet distance). "Usually" is checked as: on
// at least two of the cell's seed (9) and two others. Slow: about a minute on 2 idle cores.
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
type Row = Record<string, number | string>;

async function threeGans(seed: number): Promise<Row[]> {
  const edit = (code: string) => code.replace("data: 'grid', seed: 9,", `data: 'grid', seed: ${seed},`);
  const { displays } = await runCellsUpTo(mdx, 'gan-gp-sn', { seed, edit, only: true });
  return displays.at(-1) as Row[];
}

describe('the gan-gp-sn cell across seeds', () => {
  it('WGAN-GP costs most per step, usually has the lowest Fréchet distance, and no GAN covers all 25 modes', async () => {
    let wganLowest = 0;
    for (const seed of [9, 1, 2]) {
      const rows = await threeGans(seed);
      const get = (prefix: string) => rows.find((r) => String(r.method).startsWith(prefix))!;
      const [plain, gp, sn] = [get('plain'), get('WGAN-GP'), get('SN-GAN')];
      const ms = (r: Row) => r['ms per generator step'] as number;
      expect(ms(gp)).toBeGreaterThan(2 * ms(plain));
      expect(ms(gp)).toBeGreaterThan(2 * ms(sn));
      for (const r of rows) expect(r['modes reached (of 25)']).toBeLessThan(25);
      const fd = (r: Row) => r['Fréchet distance'] as number;
      if (fd(gp) < Math.min(fd(plain), fd(sn))) wganLowest++;
    }
    expect(wganLowest).toBeGreaterThanOrEqual(2);
  }, 900_000);
});
