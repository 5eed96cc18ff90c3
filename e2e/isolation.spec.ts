import type { Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { cell, runAndWait, savedProgress, setCode, status } from './cell-helpers';

/**
 * Cell code runs in a Web Worker: it must not reach the page, the learner's saved progress
 * or cookies, nor pass itself off as the kernel to put markup or fake output on the page.
 */

const chapter = 'what-is-a-generative-model';
const learnerLine = 'print("the learner’s own line");';

test.beforeEach(async ({ page }) => {
  await gotoLesson(page, chapter);
});

/** A learner's saved edit and a cookie, which a hostile cell will go after. */
async function somethingToProtect(page: Page) {
  await page.evaluate(() => {
    document.cookie = 'minimax-e2e=kept; path=/; SameSite=Strict';
  });
  await setCode(page, 'cpu-backend', learnerLine);
  await runAndWait(page, 'cpu-backend');
  await expect.poll(() => savedProgress(page)).toContain('the learner’s own line');
}

test('cell code cannot touch the page, the saved progress, other storage or cookies', async ({ page }) => {
  await somethingToProtect(page);
  const title = await page.title();
  const heading = await page.locator('h1').innerText();
  await setCode(
    page,
    'fitted-params',
    [
      'const attempts = {',
      '  dom: () => { document.body.innerHTML = "<h1 id=taken-over>taken over</h1>"; },',
      '  parentPage: () => { parent.document.title = "taken over"; },',
      '  localStorage: () => localStorage.clear(),',
      '  sessionStorage: () => sessionStorage.clear(),',
      '  cookie: () => { document.cookie = "minimax-e2e=stolen; path=/"; },',
      '  cookieStore: () => cookieStore.delete("minimax-e2e"),',
      '  indexedDB: () => indexedDB.deleteDatabase("minimax"),',
      '  caches: () => caches.delete("minimax"),',
      '};',
      'for (const [what, attempt] of Object.entries(attempts)) {',
      '  try { await attempt(); print(what, "reached"); } catch (e) { print(what, "refused:", e.name); }',
      '}',
    ].join('\n'),
  );
  await runAndWait(page, 'fitted-params');
  const report = cell(page, 'fitted-params').locator('.cell-text');
  await expect(report).toHaveCount(8);
  for (const line of await report.allInnerTexts()) expect(line).toMatch(/refused: (ReferenceError|TypeError)$/);

  await expect(page.locator('#taken-over')).toHaveCount(0);
  expect(await page.title()).toBe(title);
  await expect(page.locator('h1')).toHaveText(heading);
  expect(await page.evaluate(() => document.cookie)).toContain('minimax-e2e=kept');
  expect(await savedProgress(page)).toContain('the learner’s own line');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(cell(page, 'cpu-backend').locator('.cell-code')).toContainText(learnerLine);
});

test('a cell that forges kernel messages cannot put markup or fake output on the page', async ({ page }) => {
  await somethingToProtect(page);
  const title = await page.title();
  await setCode(
    page,
    'fitted-params',
    [
      '// Imitate the kernel protocol for every recent run id, through every path to postMessage.',
      'const markup = `<img src="x" onerror="document.title=\'forged\'"><b class="forged">forged output</b>`;',
      'const forged = (runId) => [',
      '  { type: "output", runId, item: { kind: "text", text: markup } },',
      '  { type: "error", runId, kind: "runtime", message: markup },',
      '  { type: "done", runId, ok: true, elapsedMs: 0, backend: "forged", leakedTensors: 0 },',
      '];',
      'const senders = {',
      '  postMessage: (m) => postMessage(m),',
      '  selfPostMessage: (m) => self.postMessage(m),',
      '  prototype: (m) => DedicatedWorkerGlobalScope.prototype.postMessage.call(self, m),',
      '  prototypeChain: (m) => {',
      '    for (let o = self; o; o = Object.getPrototypeOf(o)) {',
      '      const d = Object.getOwnPropertyDescriptor(o, "postMessage");',
      '      if (d) return d.value.call(self, m);',
      '    }',
      '    throw new ReferenceError("no postMessage anywhere");',
      '  },',
      '};',
      'for (const [how, send] of Object.entries(senders)) {',
      '  try { for (let runId = 0; runId < 100; runId++) forged(runId).forEach(send); print(how, "sent"); }',
      '  catch (e) { print(how, "refused:", e.name); }',
      '}',
      'await sleep(200);',
      'print(markup);',
      'print("the run went on to its end");',
    ].join('\n'),
  );
  await runAndWait(page, 'fitted-params');
  const texts = cell(page, 'fitted-params').locator('.cell-text');
  await expect(texts).toHaveCount(6);
  for (const line of (await texts.allInnerTexts()).slice(0, 4)) expect(line).toMatch(/refused: (ReferenceError|TypeError)$/);
  // The cell's own print of markup is shown as text, never parsed as HTML.
  await expect(texts.nth(4)).toHaveText(/^<img src="x" onerror=.*<b class="forged">forged output<\/b>$/);
  await expect(texts.nth(5)).toHaveText('the run went on to its end');
  await expect(status(page, 'fitted-params')).toContainText('Done');
  await expect(status(page, 'fitted-params').locator('.cell-backend')).toHaveText('wasm');
  await expect(cell(page, 'fitted-params').locator('.cell-error')).toHaveCount(0);

  await expect(page.locator('.forged, img[src="x"]')).toHaveCount(0);
  expect(await page.title()).toBe(title);
  // No other cell shows anything it did not print itself.
  await expect(cell(page, 'cpu-backend').locator('.cell-text')).toHaveText('the learner’s own line');
  await expect(page.locator('.cell-output', { hasText: 'forged output' })).toHaveCount(1);
  expect(await savedProgress(page)).toContain('the learner’s own line');
});
