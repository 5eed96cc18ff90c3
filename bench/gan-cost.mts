/**
 * Cost per generator step of a plain GAN, WGAN-GP and SN-GAN, measured by running the spectral
 * normalization chapter's own comparison cell (gan-gp-sn) in Node on each tfjs backend. Reported as
 * ratios to the plain GAN, since absolute times depend on the machine; the chapter states these ratios.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { runCellsUpTo } from '../lib/content/cell-runner';

export interface GanCost {
  backend: string;
  msPerStep: Record<string, number>;
  wgangpOverPlain: number;
  snOverPlain: number;
}

export async function ganCosts(repeats = 2): Promise<GanCost[]> {
  const mdx = readFileSync('content/spectral-normalization/index.mdx', 'utf8');
  const out: GanCost[] = [];
  for (const backend of ['cpu', 'wasm']) {
    if (!(await tf.setBackend(backend))) throw new Error(`bench: tfjs backend "${backend}" did not start in Node`);
    const runs: Record<string, number>[] = [];
    for (let r = 0; r < repeats; r++) {
      const { displays } = await runCellsUpTo(mdx, 'gan-gp-sn', { only: true });
      const rows = displays.at(-1) as Record<string, number | string>[];
      runs.push(Object.fromEntries(rows.map((row) => [String(row.method), Number(row['ms per generator step'])])));
    }
    // The lower of the repeats: a shared machine only ever adds time.
    const msPerStep = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, Math.min(...runs.map((x) => x[k]))]));
    const [plain, gp, sn] = Object.values(msPerStep);
    out.push({ backend, msPerStep, wgangpOverPlain: gp / plain, snOverPlain: sn / plain });
  }
  await tf.setBackend('cpu');
  return out;
}
