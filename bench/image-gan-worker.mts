/**
 * The digit GAN (lib/ml/digit-gan.ts) in the page's kernel worker, as a learner's cell runs it:
 * iterations/s on each tfjs backend the browser starts, each next to `ml.benchmark('ganlab-default')`
 * measured in the same cell, and on the default backend the seconds of clustering and training
 * until the course classifier's bar (≥ 70% of 256 samples confident, every digit ≥ 3%) is met,
 * trained as the DCGAN chapter's self-conditioned cell trains.
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { openLesson, runForJson } from './browser.mts';
import { SELF_CONDITIONED_RUN } from './image-gan.mts';
import { serveOut } from './serve-out.mts';

export interface WorkerImageGanFigures {
  browser: string;
  throughput: { backend: string; itPerSec: number; ganlabItPerSec: number; ratioToGanlab: number }[];
  /** Backends the browser would not start (e.g. WebGL without a GPU context). */
  unavailable: string[];
  /** The backend `auto` picks, where the time to the bar was measured. */
  defaultBackend: string;
  secondsToDigitBar: number | null;
  iterationsToDigitBar: number | null;
  lastQuality: { confidentShare: number; minClassShare: number } | null;
}

function throughputCode(timed: number): string {
  return `const rows = [], unavailable = [];
for (const backend of ['wasm', 'webgl', 'cpu']) {
  if (!(await tf.setBackend(backend).catch(() => false))) { unavailable.push(backend); continue; }
  const train = await ml.mnist({ size: ml.DIGIT_GAN.size });
  const gan = new ml.ImageGan(train.images, ml.DIGIT_GAN);
  gan.step(); await gan.losses();
  const n = backend === 'cpu' ? Math.max(2, ${timed} / 10) : ${timed};
  const start = performance.now();
  for (let i = 0; i < n; i++) gan.step();
  await gan.losses();
  const itPerSec = n * 1000 / (performance.now() - start);
  gan.dispose(); train.dispose();
  const ganlab = (await ml.benchmark('ganlab-default', 200)).itPerSec;
  rows.push({ backend: tf.getBackend(), itPerSec, ganlabItPerSec: ganlab, ratioToGanlab: itPerSec / ganlab });
}
print(JSON.stringify({ rows, unavailable }));`;
}

function toBarCode(checkEvery: number): string {
  const { clusters: k, iterations, seed } = SELF_CONDITIONED_RUN;
  return `seed(${seed});
const train = await ml.mnist({ size: ml.DIGIT_GAN.size });
const classifier = await ml.loadDigitClassifier();
const clusteringStart = performance.now();
const clusters = ml.kmeans(train.images, ${k});
let trainingMs = performance.now() - clusteringStart, quality = null, reached = null;
const gan = new ml.ImageGan(train.images, { ...ml.DIGIT_GAN, classes: ${k}, labels: clusters.labels,
  labelShares: clusters.shares, lrDecayOver: ${iterations} });
while (gan.iteration < ${iterations}) {
  const start = performance.now();
  await gan.train({ iterations: ${checkEvery}, reportEvery: ${checkEvery} });
  trainingMs += performance.now() - start;
  quality = await ml.digitQuality(classifier, gan.generator, { labelShares: clusters.shares });
  await progress(gan.iteration, ${iterations});
  if (ml.meetsDigitBar(quality)) { reached = gan.iteration; break; }
}
print(JSON.stringify({ backend: tf.getBackend(), seconds: reached === null ? null : trainingMs / 1000, reached,
  quality: quality && { confidentShare: quality.confidentShare, minClassShare: quality.minClassShare } }));`;
}

export async function workerImageGanFigures({ timedIterations = 20, checkEvery = 100 } = {}) {
  const server = await serveOut();
  // The service worker's first-visit download of the course would share the machine with the kernel.
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--no-first-run'] });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await openLesson(page, server.url);
    const speed = (await runForJson(page, throughputCode(timedIterations), 600_000)) as {
      rows: WorkerImageGanFigures['throughput'];
      unavailable: string[];
    };
    // Back to what a learner's cell gets: the kernel resets the backend on a fresh run only, so name it.
    const bar = (await runForJson(page, `await tf.setBackend('wasm');\n${toBarCode(checkEvery)}`, 900_000)) as {
      backend: string;
      seconds: number | null;
      reached: number | null;
      quality: WorkerImageGanFigures['lastQuality'];
    };
    const figures: WorkerImageGanFigures = {
      browser: browser.version(),
      throughput: speed.rows,
      unavailable: speed.unavailable,
      defaultBackend: bar.backend,
      secondsToDigitBar: bar.seconds,
      iterationsToDigitBar: bar.reached,
      lastQuality: bar.quality,
    };
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
