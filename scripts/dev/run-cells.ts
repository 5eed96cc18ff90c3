/**
 * Runs a chapter's cells (and, with --exercises, each exercise's solution then its checks) in
 * Node on the tfjs CPU backend, with stand-ins for the worker's globals, and times each one.
 * Cells run in one shared scope in page order, like the kernel. A dev check of cell numerics
 * before the browser kernel is available:  npx tsx scripts/dev/run-cells.ts content/<slug>/index.mdx
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import * as ml from '../../lib/ml';

const [file, ...flags] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx scripts/dev/run-cells.ts content/<slug>/index.mdx [--exercises] [--only id]');
const only = flags.includes('--only') ? flags[flags.indexOf('--only') + 1] : null;
const src = readFileSync(file, 'utf8');

interface Block {
  id: string;
  seed: number | null;
  code: string;
}
const cells: Block[] = [];
for (const m of src.matchAll(/```js cell ([^\n]*)\n([\s\S]*?)\n```/g)) {
  const id = /id="([^"]+)"/.exec(m[1])?.[1] ?? '?';
  const seed = /seed=(\d+)/.exec(m[1]);
  cells.push({ id, seed: seed ? Number(seed[1]) : null, code: m[2] });
}
if (flags.includes('--exercises')) {
  for (const m of src.matchAll(/<Exercise id="([^"]+)"[\s\S]*?```js solution\n([\s\S]*?)\n```[\s\S]*?```js check\n([\s\S]*?)\n```/g)) {
    cells.push({ id: `${m[1]} (solution + checks)`, seed: null, code: `${m[2]}\n${m[3]}` });
  }
}

const charts: Record<string, number> = {};
const globals = {
  tf,
  ml,
  print: (...v: unknown[]) => console.log('  print:', ...v),
  display: (v: unknown) => console.log('  display:', JSON.stringify(v)),
  seed: (n: number) => ml.setSeed(n),
  sleep: (ms: number) => new Promise((r) => setTimeout(r, ms)),
  progress: async (_s: number, _t: number, metrics?: Record<string, number>) => {
    for (const [k, v] of Object.entries(metrics ?? {})) if (!Number.isFinite(v)) throw new Error(`diverged: ${k}=${v}`);
  },
  plot: (spec: { title?: string }) => {
    const t = spec.title ?? 'untitled';
    return {
      append: (name: string, rows: unknown[]) => {
        charts[`${t}/${name}`] = (charts[`${t}/${name}`] ?? 0) + rows.length;
      },
      set: (name: string, rows: unknown[]) => {
        charts[`${t}/${name}`] = rows.length;
      },
    };
  },
  check: (name: string, fn: () => void) => {
    try {
      fn();
      console.log(`  check ok: ${name}`);
    } catch (e) {
      console.log(`  check FAILED: ${name}: ${(e as Error).message}`);
    }
  },
  closeTo: (a: number, e: number, tol: number) => {
    if (!(Math.abs(a - e) <= tol)) throw new Error(`expected ${e} ± ${tol}, got ${a}`);
  },
  assert: (c: unknown, msg: string) => {
    if (!c) throw new Error(msg);
  },
};

// One scope for all cells, as in the kernel: concatenate the cells, timing each.
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...a: string[]) => (...v: unknown[]) => Promise<void>;
const parts = cells
  .filter((c) => !only || c.id === only)
  .map((c, i) => `__start(${i}, ${JSON.stringify(c.id)}); ${c.seed !== null ? `seed(${c.seed});` : ''}\n${c.code}\n;__end(${i});`);
let t0 = 0;
let tensors0 = 0;
const fn = new AsyncFunction(...Object.keys(globals), '__start', '__end', parts.join('\n'));
await tf.ready();
await fn(
  ...Object.values(globals),
  (_i: number, id: string) => {
    console.log(`cell ${id}`);
    t0 = performance.now();
    tensors0 = tf.memory().numTensors;
  },
  () => console.log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s, tensors ${tensors0} → ${tf.memory().numTensors}`),
);
console.log('plot rows:', charts);
