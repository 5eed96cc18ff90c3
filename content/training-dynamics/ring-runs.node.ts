import { readFileSync } from 'node:fs';
import { runCellsUpTo } from '../../lib/content/cell-runner';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

export interface Coverage {
  covered: number;
  highQuality: number;
}

const runs = new Map<string, Promise<Coverage[]>>();

/**
 * The coverage series the ring-mode-collapse cell reports (every 25 iterations) for a trainer seed
 * and a discriminator learning rate, as a learner who edits those two numbers would see it.
 */
export function ringCoverage(seed: number, dLr: number): Promise<Coverage[]> {
  const key = `${seed}/${dLr}`;
  if (!runs.has(key)) {
    const edit = (code: string) =>
      code.replace(/const D_LR = [\d.]+;/, `const D_LR = ${dLr};`).replace(/seed: \d+, data: ring/, `seed: ${seed}, data: ring`);
    runs.set(
      key,
      runCellsUpTo(mdx, 'ring-mode-collapse', { seed, edit, only: true }).then((r) => r.metrics as unknown as Coverage[]),
    );
  }
  return runs.get(key)!;
}
