import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { handleStatic } from '../scripts/static-handler.mjs';
import { publishedChapters } from './site-pages';

/**
 * The whole course offline (lib/offline/sw.ts): one visit to the home page installs it; then,
 * with the browser offline and the server gone, every chapter opens and runs its cells, and
 * progress is saved and kept. A new version installs beside the old one and waits for the next
 * visit, saying so quietly.
 *
 * Each test serves the built site on a port of its own, so that "offline" means the server is
 * really gone (the browser's offline switch alone may not reach a service worker's requests),
 * and starts from a fresh browser context, so that nothing is installed before its first visit.
 */

test.use({ serviceWorkers: 'allow' });

/** One cell per chapter: the first, except where a chapter's GAN training cell is the one to prove. */
const cellToRun: Record<string, string> = { 'minimax-game': 'ganlab-two-gaussians' };

function chapterTitle(slug: string): string {
  const frontmatter = fs.readFileSync(`content/${slug}/index.mdx`, 'utf8').split(/^---\s*$/m)[1] ?? '';
  return /^title:\s*(.*)$/m
    .exec(frontmatter)![1]
    .trim()
    .replace(/^"(.*)"$/, '$1');
}

interface Site {
  origin: string;
  /** Serve this body for /sw.js from now on (a new version of the site), or the built one again with null. */
  swOverride: string | null;
  /** Takes the server down: every request to it fails from now on. */
  stop(): Promise<void>;
}

async function serveSite(): Promise<Site> {
  const site = { swOverride: null } as Site;
  const server = http.createServer((req, res) => {
    if (site.swOverride !== null && req.url?.split('?')[0] === '/sw.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(site.swOverride);
      return;
    }
    handleStatic(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return site;
}

/** Console errors and uncaught exceptions of a page (the fixture's check, for pages made here). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  return errors;
}

async function hydrated(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Waits until the service worker is active (so its precache is complete) and controls the page. */
async function installed(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** The number of URLs in the built service worker's precache list. */
function precacheSize(): number {
  return fs.readFileSync('out/sw.js', 'utf8').match(/"url":"/g)?.length ?? 0;
}

async function runCell(page: Page, id: string) {
  const cell = page.locator(`[data-cell="${id}"]`);
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  const status = cell.locator('.cell-status');
  await expect(status).toContainText(/Done|Ended/, { timeout: 60_000 });
  await expect(status, await cell.locator('.cell-output').innerText()).toContainText('Done');
  await expect(status.locator('.cell-backend')).toHaveText('wasm');
}

test.describe('offline, after one visit to the home page', () => {
  let site: Site;
  let context: BrowserContext;
  /** Console errors of the first visit, online. */
  let firstVisitErrors: string[];

  // Once per worker: the first visit online, then the network goes. (A failed test restarts the
  // worker, and the tests after it start again from a fresh first visit.)
  test.beforeAll(async ({ browser }) => {
    site = await serveSite();
    context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    firstVisitErrors = watchErrors(page);
    await page.goto(`${site.origin}/`);
    await hydrated(page);
    await installed(page);
    await page.close();
    await site.stop();
    await context.setOffline(true);
  });

  /** A new tab of the offline browser, opened at `path` and hydrated, with its errors watched. */
  async function openOffline(path: string) {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.origin}${path}`);
    await hydrated(page);
    return { page, errors };
  }

  test.afterAll(async () => {
    await context?.close();
    await site?.stop();
  });

  test('one visit to the home page installed the whole course, and the network is gone', async () => {
    expect(firstVisitErrors).toEqual([]);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.origin}/`);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const precache = names.find((name) => name.includes('precache'));
      return precache ? (await (await caches.open(precache)).keys()).length : 0;
    });
    expect(cached).toBe(precacheSize());
    expect(cached).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    const failed = await page.evaluate(() =>
      fetch('/not-precached.json').then(
        () => 'answered',
        () => 'failed',
      ),
    );
    expect(failed, 'the server is gone').toBe('failed');
    await page.close();
  });

  test('the home page opens offline and its links lead into a chapter, in the same tab', async () => {
    const { page, errors } = await openOffline('/');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(page).toHaveURL(new RegExp(`/learn/${publishedChapters[0]}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapterTitle(publishedChapters[0]));
    // Next's router followed the link with the route payload from the precache, not a page load.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.locator('nav.prev-next a[rel="next"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapterTitle(publishedChapters[1]));
    await page.close();
    expect(errors).toEqual([]);
  });

  for (const slug of publishedChapters) {
    const id = cellToRun[slug];
    test(`${slug} opens offline and ${id ? `trains (${id})` : 'runs its first cell'}`, async () => {
      const { page, errors } = await openOffline(`/learn/${slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapterTitle(slug));
      await expect(page.locator('.katex').first()).toBeVisible();
      await runCell(page, id ?? (await page.locator('[data-cell]').first().getAttribute('data-cell'))!);
      await page.close();
      expect(errors).toEqual([]);
    });
  }

  test('a cell loads the MNIST digits and the trained classifier offline', async () => {
    const { page, errors } = await openOffline('/learn/what-is-a-generative-model');
    const cell = page.locator('[data-cell="fitted-params"]');
    await cell.locator('.cell-placeholder, .cm-content').first().click();
    const editor = cell.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(
      [
        'const offlineDigits = await ml.mnist({ size: 14, n: 16 });',
        'const offlineClassifier = await ml.loadDigitClassifier();',
        "print(`digits ${offlineDigits.images.shape.join('x')}`);",
        'offlineDigits.dispose();',
        'offlineClassifier.dispose();',
      ].join('\n'),
    );
    await runCell(page, 'fitted-params');
    await expect(cell.locator('.cell-output')).toContainText('digits 16x14x14x1');
    await page.close();
    expect(errors).toEqual([]);
  });

  test('offline, an answer is saved and still there after a reload', async () => {
    const { page, errors } = await openOffline('/learn/what-is-a-generative-model');
    const quiz = page.locator('[data-quiz="sampler-can-do"]');
    await quiz.getByLabel('Draw a new sample').check();
    await quiz.getByRole('button', { name: 'Check' }).click();
    await expect(quiz.locator('.quiz-status')).toHaveText('Correct!');

    await page.reload();
    await hydrated(page);
    await expect(page.locator('[data-quiz="sampler-can-do"] .quiz-status')).toHaveText('Correct!');
    await page.goto(`${site.origin}/progress`);
    await hydrated(page);
    await expect(page.locator('.progress-checks tr[data-check="sampler-can-do"]')).toContainText('Correct (1 attempt)');
    await page.close();
    expect(errors).toEqual([]);
  });
});

test('a new version installs beside the old one and loads on the next visit, never mid-lesson', async ({ browser }) => {
  const site = await serveSite();
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const lesson = await context.newPage();
    const errors = watchErrors(lesson);
    await lesson.goto(`${site.origin}/learn/what-is-a-generative-model`);
    await hydrated(lesson);
    await installed(lesson);
    await lesson.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const notice = lesson.getByRole('status').filter({ hasText: 'was updated' });
    await expect(notice).toHaveCount(0);

    // A new build is deployed: its /sw.js differs (here by a marker; a real build by its precache list).
    site.swOverride = `${fs.readFileSync('out/sw.js', 'utf8')}
self.addEventListener('message', (event) => {
  if (event.data === 'minimax-test-version?') event.source.postMessage('version 2');
});
`;
    // The learner opens the site in another tab; the browser checks /sw.js on that visit.
    const other = await context.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(`${site.origin}/`);
    await hydrated(other);

    await expect(notice.locator('p')).toHaveText('Minimax was updated — the new version loads on your next visit.');
    await expect(other.getByRole('status').filter({ hasText: 'was updated' })).toBeVisible();
    // The open lesson goes on under the old version: no reload, and its cells still run.
    expect(await lesson.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(
      await lesson.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting?.state, controlled: navigator.serviceWorker.controller === registration?.active };
      }),
    ).toEqual({ waiting: 'installed', controlled: true });
    await runCell(lesson, 'fit-gaussian');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(lesson.getByText('was updated')).toHaveCount(0);
    await lesson.close();
    await other.close();
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);

    // The next visit, once every tab is closed, runs the new version and has nothing to announce.
    const next = await context.newPage();
    const nextErrors = watchErrors(next);
    await next.goto(`${site.origin}/learn/what-is-a-generative-model`);
    await hydrated(next);
    await next.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting === null && navigator.serviceWorker.controller === registration.active;
    });
    // The new worker answers a question the old one ignores.
    const controller = await next.evaluate(
      () =>
        new Promise<string>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (event) => resolve(String(event.data)));
          navigator.serviceWorker.controller!.postMessage('minimax-test-version?');
          setTimeout(() => resolve('no answer: the old version'), 5_000);
        }),
    );
    expect(controller).toBe('version 2');
    await expect(next.getByText('was updated')).toHaveCount(0);
    expect(nextErrors).toEqual([]);
  } finally {
    await context.close();
    await site.stop();
  }
});
