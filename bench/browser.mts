/**
 * Figures measured in real Chromium against the built site, through the page's own cells, as a
 * learner would run them: training throughput per backend in the kernel worker (tfjs and the
 * hand-written reference), Run → first plotted point (cold and warm), and main-thread long tasks
 * while a model trains with live plots, and the main thread's JS heap and the kernel's tensors
 * over a soak of every chapter in one tab.
 */
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { serveOut } from './serve-out.mts';
import { checkEveryExercise, followNextChapter, kernelTensors, kernelWorker, runAllCells } from '../e2e/notebook.ts';
import { readOutline } from '../lib/content/course';
import { TASK_TRACE_CATEGORIES, mainThreadTaskCpuMs, type TraceEvent } from './main-thread.ts';

const LESSON = '/learn/what-is-a-generative-model';
const CELL = 'ring-samples';

/** The reference implementation as a script that defines `MinimaxReference` inside the cell. */
export async function referenceScript(): Promise<string> {
  const out = await build({
    entryPoints: ['bench/reference/ganlab-reference.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'MinimaxReference',
    write: false,
    target: 'es2022',
  });
  // The cell shares top-level const declarations, not var: wrap the IIFE so one const holds it.
  return `const MinimaxReference = (() => {\n${out.outputFiles[0].text}\nreturn MinimaxReference;\n})();`;
}

const cell = (page: Page) => page.locator(`[data-cell="${CELL}"]`);

async function setCode(page: Page, code: string) {
  await cell(page).locator('.cell-placeholder, .cm-content').first().click();
  const editor = cell(page).locator('.cm-content');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

/** Runs code in the bench cell and returns the JSON it printed last. */
export async function runForJson(page: Page, code: string, timeout = 300_000): Promise<Record<string, unknown>> {
  await setCode(page, code);
  await cell(page).getByRole('button', { name: 'Run', exact: true }).click();
  await cell(page)
    .locator('.cell-status')
    .filter({ hasText: /Done|Error|Ended|Stopped/ })
    .waitFor({ timeout });
  const text = await cell(page).locator('.cell-output').innerText();
  const line = text
    .split('\n')
    .reverse()
    .find((l) => l.trim().startsWith('{'));
  if (!line) throw new Error(`bench: the cell printed no JSON; its output was:\n${text}`);
  return JSON.parse(line);
}

export async function openLesson(page: Page, base: string) {
  await page.goto(`${base}${LESSON}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** The page's JS heap after a full garbage collection, in MB (the kernel worker's heap is not included). */
async function mainHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/**
 * Every cell and exercise of every chapter, `repetitions` times each, moving on by the Next
 * link: the heap when the first chapter has loaded, after the soak (the last chapter's output
 * on screen), and once the learner has left for the home page; the heap and the kernel's
 * tensors after each repetition of each chapter.
 */
async function soak(page: Page, base: string, repetitions: number) {
  const { chapters } = await readOutline();
  await page.goto(`${base}/learn/${chapters[0].slug}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const heapStartMB = await mainHeapMB(page);
  const started = performance.now();
  const tensors: Record<string, number[]> = {};
  const heapMB: Record<string, number[]> = {};
  const failures: string[] = [];
  for (const [i, { slug }] of chapters.entries()) {
    if (i > 0) await followNextChapter(page, slug);
    tensors[slug] = [];
    heapMB[slug] = [];
    for (let rep = 0; rep < repetitions; rep++) {
      for (const o of await runAllCells(page)) if (!o.status.startsWith('Done')) failures.push(`${slug}: ${o.id}: ${o.status}`);
      await checkEveryExercise(page);
      const worker = await kernelWorker(page);
      tensors[slug].push(worker ? await kernelTensors(worker) : 0);
      heapMB[slug].push(await mainHeapMB(page));
    }
  }
  const heapAfterSoakMB = await mainHeapMB(page);
  await page.locator('a.brand').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/learn/'));
  const heapAfterLeavingMB = await mainHeapMB(page);
  // What repeating costs, apart from code and charts loaded once: the heap after each chapter's
  // last repetition minus after its first, summed over the chapters.
  const heapGrowthOverRepetitionsMB = Object.values(heapMB).reduce((sum, h) => sum + (h[h.length - 1] - h[0]), 0);
  return {
    repetitions,
    minutes: (performance.now() - started) / 60_000,
    heapStartMB,
    heapAfterSoakMB,
    heapAfterLeavingMB,
    heapGrowthOverRepetitionsMB,
    heapMB,
    tensors,
    failures,
  };
}

export async function browserFigures({ iterations, soakRepetitions }: { iterations: number; soakRepetitions: number }) {
  const server = await serveOut();
  // Pages block the service worker: its first-visit download of the whole course would share the
  // machine with what is measured here (the kernel), and a cached page measures no server.
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await openLesson(page, server.url);

    const throughput: Record<string, unknown>[] = [];
    for (const backend of ['wasm', 'cpu', 'webgl']) {
      const code = `await tf.setBackend('${backend}');
const r = await ml.benchmark('ganlab-default', ${backend === 'webgl' ? Math.ceil(iterations / 5) : iterations});
print(JSON.stringify({ backend: tf.getBackend(), itPerSec: r.itPerSec, iterations: r.iterations }));`;
      throughput.push(await runForJson(page, code).catch((e: Error) => ({ backend, error: e.message })));
    }
    const reference = await runForJson(
      page,
      `${await referenceScript()}\nconst r = MinimaxReference.benchmarkReference(${iterations * 4});\nprint(JSON.stringify({ backend: 'hand-written Float32Array', itPerSec: r.itPerSec, iterations: r.iterations }));`,
    );
    throughput.push(reference);
    const best = Math.max(...throughput.filter((r) => typeof r.itPerSec === 'number' && r !== reference).map((r) => r.itPerSec as number));
    const ratioToReference = best / (reference.itPerSec as number);

    // Run → first plotted point, on a fresh page (cold: the kernel and tfjs load) and again (warm).
    const firstPoint = async (fresh: Page) => {
      const start = await fresh.evaluate(() => performance.now());
      await cell(fresh).getByRole('button', { name: 'Run', exact: true }).click();
      const seen = await fresh.waitForFunction(
        (id) => (document.querySelector(`[data-cell="${id}"] .cell-plot-canvas svg circle`) ? performance.now() : 0),
        CELL,
        { timeout: 60_000, polling: 'raf' },
      );
      const ms = (await seen.jsonValue()) - start;
      await cell(fresh).locator('.cell-status').filter({ hasText: /Done/ }).waitFor({ timeout: 60_000 });
      return ms;
    };
    const coldPage = await browser.newPage({ serviceWorkers: 'block' });
    await openLesson(coldPage, server.url);
    const coldMs = await firstPoint(coldPage);
    const warmMs = await firstPoint(coldPage);
    await coldPage.close();

    // Long tasks on the main thread during 20 s of training that streams losses and samples to plots.
    const trainPage = await browser.newPage({ serviceWorkers: 'block' });
    await openLesson(trainPage, server.url);
    await trainPage.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __trainingStarted: number };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (performance.now() > w.__trainingStarted + 2000) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
      w.__trainingStarted = Infinity;
    });
    const training = `const t = ml.createTrainer('ganlab-default');
const losses = plot({ marks: [{ mark: 'line', data: 'loss', x: 'step', y: 'value', stroke: 'series' }] });
const samples = plot({ x: { domain: [-0.2, 1.2] }, y: { domain: [-0.2, 1.2] }, marks: [{ mark: 'dot', data: 'fake', x: 'x', y: 'y', r: 1.5 }] });
const t0 = performance.now();
let step = 0;
while (performance.now() - t0 < 20000) {
  await t.train({ iterations: 25, reportEvery: 25, samples: 300, onReport: (r) => {
    losses.append('loss', [{ step: r.iteration, value: r.dLoss, series: 'D' }, { step: r.iteration, value: r.gLoss, series: 'G' }]);
    const rows = [];
    for (let i = 0; i < r.samples.length; i += 2) rows.push({ x: r.samples[i], y: r.samples[i + 1] });
    samples.set('fake', rows);
  } });
  await progress(Math.min(20, (performance.now() - t0) / 1000), 20);
  step++;
}
t.dispose();
print(JSON.stringify({ reports: step }));`;
    await setCode(trainPage, training);
    await trainPage.evaluate(() => ((window as unknown as { __trainingStarted: number }).__trainingStarted = performance.now()));
    const cellRun = runForJson(trainPage, training, 120_000);
    // The same 20 s by CPU time per task (a trace's `tdur`), which other processes on the cores do not stretch.
    await trainPage.waitForTimeout(2000);
    await browser.startTracing(trainPage, { categories: TASK_TRACE_CATEGORIES });
    const trained = await cellRun;
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const taskCpuMs = mainThreadTaskCpuMs(trace.traceEvents);
    const longTasks = await trainPage.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    await trainPage.close();

    const soakPage = await browser.newPage({ serviceWorkers: 'block' });
    const soaked = await soak(soakPage, server.url, soakRepetitions);
    await soakPage.close();

    return {
      soak: soaked,
      workerThroughput: throughput,
      bestToReferenceRatio: ratioToReference,
      runToFirstPointMs: { cold: coldMs, warm: warmMs },
      longTasksDuringTraining: {
        count: longTasks.length,
        maxMs: Math.max(0, ...longTasks),
        cpuCount: taskCpuMs.filter((ms) => ms > 50).length,
        cpuMaxMs: Math.max(0, ...taskCpuMs),
        cpuTotalMs: taskCpuMs.reduce((a, b) => a + b, 0),
        reports: trained.reports,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
