/**
 * `npm run bench`: measures, prints a table, and saves JSON under bench/results/.
 * Flags: --skip-build (reuse out/), --quick (fewer iterations), --only=weight,lighthouse (run only
 * the named parts: node, profile, gan-cost, population, imageGan, build, compile, weight, hydration,
 * browser, floods, lighthouse; the JSON then goes to a .partial file and latest.json is left as it was).
 */
import fs from 'node:fs';
import os from 'node:os';
import { nodeThroughput } from './node-throughput.mts';
import { stepProfiles } from './step-profile.mts';
import { imageGanFigures } from './image-gan.mts';
import { workerImageGanFigures } from './image-gan-worker.mts';
import { pageWeights } from './page-weight.mts';
import { chapterCompileTimes, siteBuildSeconds } from './build-time.mts';
import { browserFigures } from './browser.mts';
import { browserPopulation, nodePopulation, printPopulation } from './population.mts';
import { lighthouseScores } from './lighthouse.mts';
import { hydrationWork } from './hydration.mts';
import { lessonPaint } from './lesson-paint.mts';
import { floodFigures } from './floods.mts';
import { serveOut } from './serve-out.mts';
import { ganCosts } from './gan-cost.mts';
import { readOutline } from '../lib/content/course';

const args = new Set(process.argv.slice(2));
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
type Part =
  | 'node'
  | 'profile'
  | 'gan-cost'
  | 'population'
  | 'imageGan'
  | 'build'
  | 'compile'
  | 'weight'
  | 'hydration'
  | 'browser'
  | 'floods'
  | 'lighthouse';
const runs = (part: Part) => !only || only.has(part);
const iterations = args.has('--quick') ? 200 : 1000;
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};

if (runs('node')) {
  console.log('Training throughput in Node (ganlab-default, iterations/s)…');
  const node = await nodeThroughput(iterations);
  results.nodeThroughput = node;
  console.table(node.map((r) => ({ backend: r.backend, 'it/s': Math.round(r.itPerSec) })));
}

if (runs('profile')) {
  console.log('Where an iteration goes (ganlab-default in Node, tf.profile; per iteration)…');
  const profiles = await stepProfiles();
  results.stepProfile = profiles;
  for (const p of profiles) {
    console.log(
      `${p.backend}: ${Math.round(p.kernelsPerIteration)} kernels, ${p.kernelMs.toFixed(2)} ms in kernels of ${p.wallMs.toFixed(2)} ms wall (unprofiled)`,
    );
    console.table(p.top.map((k) => ({ kernel: k.kernel, calls: +k.count.toFixed(1), ms: +k.ms.toFixed(3) })));
  }
}

if (runs('gan-cost')) {
  console.log("Cost per generator step: plain GAN, WGAN-GP, SN-GAN (the spectral-normalization chapter's cell, in Node)…");
  const costs = await ganCosts();
  results.ganCost = costs;
  // The spectral-normalization chapter states these ratios; content/spectral-normalization/numbers.ts reads this file.
  fs.writeFileSync(
    'bench/results/gan-cost.json',
    JSON.stringify({ date: results.date, machine: results.machine, ganCost: costs }, null, 2) + '\n',
  );
  console.table(
    costs.map((c) => ({
      backend: c.backend,
      ...c.msPerStep,
      'WGAN-GP / plain': +c.wgangpOverPlain.toFixed(2),
      'SN / plain': +c.snOverPlain.toFixed(2),
    })),
  );
}

if (runs('population')) {
  console.log('Population throughput in Node (ganlab-default, P members at once)…');
  const node = await nodePopulation(args.has('--quick'));
  results.nodePopulation = node;
  printPopulation('Node', node);
}

/** Node and the worker report the digit GAN the same way: a table per backend, then the bar. */
function printImageGan(
  where: string,
  f: { throughput: { backend: string; itPerSec: number; ganlabItPerSec: number; ratioToGanlab: number }[] },
  bar: { seconds: number | null; iterations: number | null; last: unknown; backend: string },
) {
  console.table(
    f.throughput.map((r) => ({
      backend: r.backend,
      'it/s': +r.itPerSec.toFixed(2),
      'ganlab-default it/s': Math.round(r.ganlabItPerSec),
      ratio: +r.ratioToGanlab.toFixed(4),
    })),
  );
  console.log(
    bar.seconds === null
      ? `${where}: bar not met within the iterations tried (last: ${JSON.stringify(bar.last)})`
      : `${where}: bar met after ${bar.iterations} iterations, ${bar.seconds.toFixed(1)} s of training on ${bar.backend}`,
  );
}

if (runs('imageGan')) {
  console.log(
    'Digit GAN (DCGAN, 14×14) in Node: iterations/s, and time until the classifier bar is met (self-conditioned, as the chapter trains)…',
  );
  const figures = await imageGanFigures({ timedIterations: args.has('--quick') ? 10 : 20 });
  printImageGan('Node', figures, {
    seconds: figures.secondsToDigitBar,
    iterations: figures.iterationsToDigitBar,
    last: figures.lastQuality,
    backend: 'wasm',
  });
  console.log('Digit GAN in the kernel worker of the built site (Chromium), as a cell runs it…');
  const worker = await workerImageGanFigures({ timedIterations: args.has('--quick') ? 10 : 20 });
  console.log(`Chromium ${worker.browser}; backends that did not start: ${worker.unavailable.join(', ') || 'none'}`);
  printImageGan('Worker', worker, {
    seconds: worker.secondsToDigitBar,
    iterations: worker.iterationsToDigitBar,
    last: worker.lastQuality,
    backend: worker.defaultBackend,
  });
  results.imageGan = { node: figures, worker };
  // Kept apart too, so a run of this part alone leaves its figures where the README cites them.
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(
    'bench/results/image-gan.json',
    JSON.stringify({ date: results.date, machine: results.machine, imageGan: results.imageGan }, null, 2) + '\n',
  );
}

if (runs('build') && !args.has('--skip-build')) {
  console.log('Building the site…');
  results.buildSeconds = siteBuildSeconds();
  console.log(`Build: ${(results.buildSeconds as number).toFixed(1)} s`);
}
if (runs('compile')) {
  const chapters = await chapterCompileTimes();
  results.chapterCompileMs = chapters;
  console.table(chapters.map((c) => ({ chapter: c.slug, 'compile ms': Math.round(c.ms) })));
}

if (runs('weight')) {
  const weights = pageWeights();
  results.firstLoadJs = weights;
  console.table(
    weights.map((w) => ({
      page: w.page,
      scripts: w.scripts,
      'KB gz': +(w.gzipBytes / 1024).toFixed(1),
      forbidden: w.forbidden.join(', ') || 'none',
      'HTML KB': +(w.htmlBytes / 1024).toFixed(1),
      'HTML KB gz': +(w.htmlGzipBytes / 1024).toFixed(1),
    })),
  );
}

if (runs('hydration')) {
  console.log('What React hydrates on each page (fibers once hydrated; independent of the machine)…');
  const server = await serveOut();
  try {
    const { chapters: outline } = await readOutline();
    const work = await hydrationWork(server.url, ['/', ...outline.map((c) => `/learn/${c.slug}`)]);
    results.hydration = work;
    console.table(work);
  } finally {
    await server.close();
  }
}

if (runs('browser')) {
  const browser = await browserFigures({ iterations, soakRepetitions: args.has('--quick') ? 2 : 3 });
  const pop = await browserPopulation(args.has('--quick'));
  results.browser = {
    ...browser,
    population: pop.population,
    populationSingleItPerSec: pop.singleItPerSec,
    populationReferenceItPerSec: pop.referenceItPerSec,
  };
  printPopulation('Worker', pop);
  console.table(
    browser.workerThroughput.map((r) => ({
      backend: r.backend,
      'it/s': typeof r.itPerSec === 'number' ? Math.round(r.itPerSec) : r.error,
    })),
  );
  console.log(`best tfjs / hand-written reference in the worker: ${browser.bestToReferenceRatio.toFixed(2)}`);
  console.log(
    `Run → first plotted point: cold ${Math.round(browser.runToFirstPointMs.cold)} ms, warm ${Math.round(browser.runToFirstPointMs.warm)} ms`,
  );
  const lt = browser.longTasksDuringTraining;
  console.log(
    `Long tasks (> 50 ms) after warm-up during 20 s of training: ${lt.count} by wall time (max ${Math.round(lt.maxMs)} ms); ` +
      `${lt.cpuCount} by CPU time (max ${lt.cpuMaxMs.toFixed(1)} ms; main thread busy ${Math.round(lt.cpuTotalMs)} ms in all, ${lt.reports} reports plotted)`,
  );

  const { soak } = browser;
  console.log(
    `Soak (every chapter ×${soak.repetitions} in one tab, ${soak.minutes.toFixed(1)} min): main-thread JS heap ${soak.heapStartMB.toFixed(1)} MB at the start, ` +
      `${soak.heapAfterSoakMB.toFixed(1)} MB after, ${soak.heapAfterLeavingMB.toFixed(1)} MB on the home page afterwards; ` +
      `growth from each chapter's first repetition to its last, summed: ${soak.heapGrowthOverRepetitionsMB.toFixed(2)} MB${soak.failures.length ? `; FAILED: ${soak.failures.join('; ')}` : ''}`,
  );
  console.table(
    Object.entries(soak.tensors).map(([chapter, counts]) => ({
      chapter,
      'kernel tensors after each repetition': counts.join(', '),
      'heap MB after each repetition': soak.heapMB[chapter].map((mb) => mb.toFixed(1)).join(', '),
    })),
  );
}

// The worker's population figures alone (the full browser part includes them).
if (only?.has('population') && !only.has('browser')) {
  const pop = await browserPopulation(args.has('--quick'));
  results.browser = {
    population: pop.population,
    populationSingleItPerSec: pop.singleItPerSec,
    populationReferenceItPerSec: pop.referenceItPerSec,
  };
  printPopulation('Worker', pop);
}

if (runs('floods')) {
  console.log('Output floods: longest main-thread task while each runs, and Stop → stopped on screen…');
  const f = await floodFigures();
  results.floods = f;
  console.log(
    `Chromium ${f.browserVersion}; reference (ring-samples, 2,000 dots): longest task ${Math.round(f.reference.wallMaxMs)} ms wall, ${Math.round(f.reference.cpuMaxMs)} ms CPU`,
  );
  console.table(
    Object.entries(f.floods).map(([flood, r]) => ({
      flood,
      'longest task ms (wall)': Math.round(r.wallMaxMs),
      'longest task ms (CPU)': Math.round(r.cpuMaxMs),
      '÷ reference (CPU)': +(r.cpuMaxMs / f.reference.cpuMaxMs).toFixed(2),
      'Stop → shown ms': Math.round(r.stopMs),
      message: r.stopMessage,
    })),
  );
}

async function lighthouse() {
  console.log('Lighthouse…');
  const server = await serveOut();
  try {
    const { chapters: outline } = await readOutline();
    const scores = await lighthouseScores(server.url, ['/', ...outline.map((c) => `/learn/${c.slug}`)], args.has('--quick') ? 1 : 3);
    results.lighthouse = scores;
    console.table(scores);
    const paint = lessonPaint(scores, pageWeights());
    results.lessonPaint = paint;
    // Issue 21's figures, kept from a partial run too (the README's performance table cites them).
    const lessonPaintFile = 'bench/results/lesson-paint.json';
    fs.writeFileSync(
      lessonPaintFile,
      JSON.stringify({ date: results.date, machine: results.machine, lighthouse: scores, lessonPaint: paint }, null, 2),
    );
    console.log('Lesson paint against the home page in the same run (issue 21: HTML ≤ 350 KB, performance ≥ 98, TBT ≤ 1.5×, LCP ≤ 1.3×):');
    console.table(paint);
  } finally {
    await server.close();
  }
}
if (runs('lighthouse')) await lighthouse();

fs.mkdirSync('bench/results', { recursive: true });
const day = results.date.toString().slice(0, 10);
if (only) {
  const file = `bench/results/${day}.partial.json`;
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`Saved ${file} (a partial run; latest.json is unchanged)`);
} else {
  const file = `bench/results/${day}.json`;
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  fs.writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
  console.log(`Saved ${file} and bench/results/latest.json`);
}
