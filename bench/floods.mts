/**
 * Output floods (issue 14): a cell that prints forever, one that appends a million points at
 * once, one that streams 20,000 points. For each: the longest main-thread task while it runs
 * (trace wall `dur` and CPU `tdur`) and how long Stop takes to show on the page. The reference,
 * measured in the same browser, is the lesson's own ring-samples cell (2,000 dots).
 */
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { serveOut } from './serve-out.mts';
import { TASK_TRACE_CATEGORIES, type TraceEvent } from './main-thread.ts';

const LESSON = '/learn/what-is-a-generative-model';
const CELL = 'fitted-params';
const REFERENCE_CELL = 'ring-samples';

const FLOODS: Record<string, { code: string; ready: string }> = {
  'print forever': { code: 'for (let i = 0; ; i++) print(i);', ready: '.cell-note' },
  'append 1e6 points at once': {
    code: "const c = plot({ marks: [{ mark: 'dot', data: 's', x: 'x', y: 'y', r: 1 }] });\nc.append('s', Array.from({ length: 1e6 }, (_, i) => ({ x: i, y: i % 7 })));\nfor (;;) await sleep(50);",
    ready: '.cell-plot .cell-note:not([hidden])',
  },
  'stream 20k points': {
    code: "const c = plot({ marks: [{ mark: 'line', data: 's', x: 'x', y: 'y' }] });\nfor (let i = 0; i < 20000; i++) {\n  c.append('s', [{ x: i, y: Math.sin(i / 100) }]);\n  if (i % 20 === 0) await progress(i, 20000);\n}\nfor (;;) await sleep(50);",
    ready: '.cell-plot .cell-note:not([hidden])',
  },
};

function mainTasks(events: TraceEvent[]) {
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`));
  return {
    wallMaxMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    cpuMaxMs: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)),
  };
}

async function setCode(page: Page, id: string, code: string) {
  const cell = page.locator(`[data-cell="${id}"]`);
  await cell.locator('.cell-placeholder, .cm-content').first().click();
  await cell.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

async function traced<T>(page: Page, work: () => Promise<T>) {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
  const result = await work();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  return { result, ...mainTasks(trace.traceEvents) };
}

/** Clicks Stop and returns the ms until the cell shows why it stopped (the click's own delay included: a frozen page delays it too). */
async function stopLatencyMs(page: Page, id: string): Promise<number> {
  const start = Date.now();
  await page.locator(`[data-cell="${id}"]`).getByRole('button', { name: 'Stop' }).click();
  await page.locator(`[data-cell="${id}"] .cell-error`).filter({ hasText: 'Stopped' }).waitFor({ timeout: 60_000 });
  return Date.now() - start;
}

export async function floodFigures() {
  const server = await serveOut();
  // Pages block the service worker: its first-visit download of the whole course would share the
  // machine with what is measured here (the kernel), and a cached page measures no server.
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--no-first-run'] });
  try {
    const open = async () => {
      const page = await browser.newPage({ serviceWorkers: 'block' });
      await page.goto(`${server.url}${LESSON}`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      return page;
    };
    const refPage = await open();
    // Warm the kernel first, so the reference measures drawing, not loading tfjs.
    await refPage.locator(`[data-cell="${CELL}"]`).getByRole('button', { name: 'Run', exact: true }).click();
    await refPage
      .locator(`[data-cell="${CELL}"] .cell-status`)
      .filter({ hasText: /Done|Ended/ })
      .waitFor({ timeout: 120_000 });
    const reference = await traced(refPage, async () => {
      await refPage.locator(`[data-cell="${REFERENCE_CELL}"]`).getByRole('button', { name: 'Run', exact: true }).click();
      await refPage.locator(`[data-cell="${REFERENCE_CELL}"] .cell-status`).filter({ hasText: /Done/ }).waitFor({ timeout: 120_000 });
    });
    await refPage.close();

    const floods: Record<string, { wallMaxMs: number; cpuMaxMs: number; stopMs: number; stopMessage: string }> = {};
    for (const [name, { code, ready }] of Object.entries(FLOODS)) {
      const page = await open();
      await setCode(page, CELL, code);
      const measured = await traced(page, async () => {
        await page.locator(`[data-cell="${CELL}"]`).getByRole('button', { name: 'Run', exact: true }).click();
        await page.locator(`[data-cell="${CELL}"] ${ready}`).first().waitFor({ timeout: 120_000 });
        await page.waitForTimeout(1000);
        return stopLatencyMs(page, CELL);
      });
      const stopMessage = (await page.locator(`[data-cell="${CELL}"] .cell-error`).innerText()).split('\n')[0].slice(0, 60);
      floods[name] = { wallMaxMs: measured.wallMaxMs, cpuMaxMs: measured.cpuMaxMs, stopMs: measured.result, stopMessage };
      await page.close();
    }
    return { browserVersion: browser.version(), reference: { wallMaxMs: reference.wallMaxMs, cpuMaxMs: reference.cpuMaxMs }, floods };
  } finally {
    await browser.close();
    await server.close();
  }
}
