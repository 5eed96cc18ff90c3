import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

beforeAll(async () => {
  await tf.setBackend('wasm');
});

/** Collapsed seeds per loss from the collapse-rate cell's printout, with its seeds shifted by `offset`. */
async function collapses(offset: number): Promise<Record<string, number>> {
  const edit = (code: string) => {
    const from = 'const seeds = Array.from({ length: SEEDS }, (_, i) => i + 1);';
    if (!code.includes(from)) throw new Error('the collapse-rate cell no longer declares its seeds as this test expects');
    return code.replace(from, `const seeds = Array.from({ length: SEEDS }, (_, i) => i + 1 + ${offset});`);
  };
  const { prints } = await runCellsUpTo(mdx, 'collapse-rate', { edit, only: true });
  const out: Record<string, number> = {};
  for (const line of prints) {
    const m = /^(saturating|non-saturating): (\d+) of (\d+) seeds collapsed/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

// The prose says the two losses part ways when the discriminator wins early (D_LR = 3 × G_LR):
// checked for three disjoint sets of 32 seeds, not only the cell's own. Slow: about 30 s each
// on wasm with 2 idle cores.
describe('the collapse-rate cell', () => {
  it.each([0, 32, 64])(
    'with seeds %i + 1…32, the saturating loss collapses more often than the non-saturating one',
    async (offset) => {
      const c = await collapses(offset);
      expect(Object.keys(c).sort()).toEqual(['non-saturating', 'saturating']);
      expect(c.saturating).toBeGreaterThan(c['non-saturating']);
    },
    600_000,
  );
});
