/**
 * Population throughput: `ganlab-default` trained as P = 1, 8, 64, 256 members at once
 * (lib/ml/population.ts), in model-iterations per second (P × iterations / s), in Node and in
 * the page's kernel worker, each next to the hand-written Float32Array reference measured in
 * the same run, so the ratio holds on any machine.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { PopulationTrainer } from '../lib/ml/population';
import { benchmark, preset } from '../lib/ml/presets';
import { benchmarkReference } from './reference/ganlab-reference';
import { openLesson, referenceScript, runForJson } from './browser.mts';
import { serveOut } from './serve-out.mts';

export const POPULATION_SIZES = [1, 8, 64, 256];

export interface PopulationRow {
  size: number;
  backend: string;
  modelItPerSec: number;
}

export interface PopulationFigures {
  population: PopulationRow[];
  /** One GanTrainer (ml.benchmark) in the same run, iterations/s, for the single-model ratio. */
  singleItPerSec: number;
  /** The hand-written reference (one model) measured in the same run, iterations/s. */
  referenceItPerSec: number;
}

/** Iterations per size: enough for about a second at the sizes' speeds on this machine class. */
const iterationsFor = (size: number, quick: boolean) => Math.max(quick ? 10 : 20, Math.round((quick ? 100 : 400) / Math.sqrt(size)));

/** The same measurement as cell code, so the worker runs exactly what Node runs. */
function populationCode(quick: boolean): string {
  const its = Object.fromEntries(POPULATION_SIZES.map((size) => [size, iterationsFor(size, quick)]));
  return `await tf.setBackend('wasm');
const its = ${JSON.stringify(its)};
const population = [];
for (const size of ${JSON.stringify(POPULATION_SIZES)}) {
  const pop = new ml.PopulationTrainer(ml.preset('ganlab-default'), { seeds: Array.from({ length: size }, (_, i) => i + 1) });
  await pop.run(5);
  const r = await pop.run(its[size]);
  pop.dispose();
  population.push({ size, backend: tf.getBackend(), modelItPerSec: r.modelItPerSec });
}
const single = (await ml.benchmark('ganlab-default', ${quick ? 200 : 1000})).itPerSec;
print(JSON.stringify({ population, single }));`;
}

export async function nodePopulation(quick: boolean): Promise<PopulationFigures> {
  if (!(await tf.setBackend('wasm'))) throw new Error('bench: tfjs backend "wasm" did not start in Node');
  const before = benchmarkReference(quick ? 500 : 2000).itPerSec;
  const population: PopulationRow[] = [];
  for (const size of POPULATION_SIZES) {
    const pop = new PopulationTrainer(preset('ganlab-default'), { seeds: Array.from({ length: size }, (_, i) => i + 1) });
    await pop.run(5);
    const r = await pop.run(iterationsFor(size, quick));
    pop.dispose();
    population.push({ size, backend: 'wasm', modelItPerSec: r.modelItPerSec });
  }
  const single = (await benchmark('ganlab-default', quick ? 200 : 1000)).itPerSec;
  const after = benchmarkReference(quick ? 500 : 2000).itPerSec;
  return { population, singleItPerSec: single, referenceItPerSec: (before + after) / 2 };
}

export async function browserPopulation(quick: boolean): Promise<PopulationFigures> {
  const server = await serveOut();
  // Pages block the service worker: its first-visit download of the whole course would share the
  // machine with what is measured here (the kernel), and a cached page measures no server.
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--no-first-run'] });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await openLesson(page, server.url);
    const ref = `${await referenceScript()}\nconst r = MinimaxReference.benchmarkReference(${quick ? 500 : 2000});\nprint(JSON.stringify({ itPerSec: r.itPerSec }));`;
    const before = (await runForJson(page, ref)).itPerSec as number;
    const { population, single } = (await runForJson(page, populationCode(quick), 600_000)) as {
      population: PopulationRow[];
      single: number;
    };
    const after = (await runForJson(page, ref)).itPerSec as number;
    return { population, singleItPerSec: single, referenceItPerSec: (before + after) / 2 };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printPopulation(where: string, f: PopulationFigures): void {
  const ref = f.referenceItPerSec;
  console.log(
    `${where}: hand-written reference ${Math.round(ref)} it/s; one GanTrainer ${Math.round(f.singleItPerSec)} it/s = ${(f.singleItPerSec / ref).toFixed(2)} × reference`,
  );
  console.table(
    f.population.map((r) => ({
      P: r.size,
      backend: r.backend,
      'model-it/s': Math.round(r.modelItPerSec),
      '× reference': +(r.modelItPerSec / ref).toFixed(2),
    })),
  );
}
