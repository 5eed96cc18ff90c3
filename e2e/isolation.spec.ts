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

/** The page ran script of the cell's making: a dialog opened or the title changed. */
async function watchForScript(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const title = await page.title();
  return async () => {
    expect(dialogs).toEqual([]);
    expect(await page.title()).toBe(title);
    await expect(page.locator('.cell-output a, .cell-output img, .cell-output iframe, .cell-output [style*="url("]')).toHaveCount(0);
  };
}

/** Each plot option that would put a link, CSS or markup on the page, with a payload that sets the title. */
const payload = `javascript:document.title='xss';alert(document.domain)`;
const hostilePlots: Record<string, string> = {
  href: `plot({ marks: [{ mark: 'dot', values: [{ x: 0, y: 0, u: ${JSON.stringify(payload)} }], x: 'x', y: 'y', r: 30, href: 'u' }] });`,
  'href, constant': `plot({ marks: [{ mark: 'dot', values: [{ x: 0, y: 0 }], x: 'x', y: 'y', r: 30, href: ${JSON.stringify(payload)} }] });`,
  'href with a data URL and target': `plot({ marks: [{ mark: 'dot', values: [{ x: 0, y: 0 }], x: 'x', y: 'y', r: 30, href: 'data:text/html,<script>alert(1)</script>', target: '_top' }] });`,
  style: `plot({ style: 'background: url(https://example.invalid/x)', marks: [{ mark: 'dot', values: [{ x: 0, y: 0 }], x: 'x', y: 'y', r: 30 }] });`,
  'url() as a colour': `plot({ marks: [{ mark: 'dot', values: [{ x: 0, y: 0, c: 'url(data:image/svg+xml,<svg onload=alert(1)>)' }], x: 'x', y: 'y', r: 30, fill: 'c' }] });`,
  'image mark': `plot({ marks: [{ mark: 'image', values: [{ x: 0, y: 0 }], x: 'x', y: 'y', src: ${JSON.stringify(payload)} }] });`,
};

for (const [what, code] of Object.entries(hostilePlots)) {
  test(`a plot with ${what} is refused with the option named, and no click on the chart runs script`, async ({ page }) => {
    const noScriptRan = await watchForScript(page);
    await setCode(page, 'fitted-params', code);
    await runAndWait(page, 'fitted-params');
    await expect(cell(page, 'fitted-params').locator('.cell-error')).toContainText(
      /plot\(spec\): .*(not a plot option|not plot options|unknown mark|CSS function)/,
    );
    for (const dot of await page.locator('.cell-plot-canvas circle').all()) await dot.click({ force: true });
    await noScriptRan();
  });
}

test('a title with markup, in the chart and in a point’s tooltip, is shown as text', async ({ page }) => {
  const noScriptRan = await watchForScript(page);
  const markup = `<img src=x onerror="document.title='xss'">`;
  await setCode(
    page,
    'fitted-params',
    `plot({ title: ${JSON.stringify(markup)}, marks: [{ mark: 'dot', values: [{ x: 0, y: 0, t: ${JSON.stringify(markup)} }], x: 'x', y: 'y', r: 30, title: 't' }] });`,
  );
  await runAndWait(page, 'fitted-params');
  await expect(cell(page, 'fitted-params').locator('.cell-plot figcaption')).toHaveText(markup);
  const dot = cell(page, 'fitted-params').locator('.cell-plot-canvas circle');
  await expect(dot).toHaveCount(1);
  await expect(dot.locator('title')).toHaveText(markup);
  await dot.click({ force: true });
  await noScriptRan();
});

test('a saved cell edit imported from a progress file cannot draw a script link either', async ({ page }, testInfo) => {
  await somethingToProtect(page);
  const record = JSON.parse(await savedProgress(page)) as { cells: Record<string, { edit?: { code: string } }> };
  record.cells[`${chapter}/cpu-backend`].edit!.code = hostilePlots.href;
  const file = testInfo.outputPath('hostile-progress.json');
  await (await import('node:fs/promises')).writeFile(file, JSON.stringify(record));
  await page.goto('/progress');
  await page.getByLabel('Import progress…').setInputFiles(file);
  await expect(page.getByText('Imported progress from hostile-progress.json')).toBeVisible();
  await gotoLesson(page, chapter);
  await expect(cell(page, 'cpu-backend').locator('.cell-code')).toContainText("href: 'u'");
  const noScriptRan = await watchForScript(page);
  await runAndWait(page, 'cpu-backend');
  await expect(cell(page, 'cpu-backend').locator('.cell-error')).toContainText('"href" is not a plot option');
  await noScriptRan();
});

test('cell code cannot reach the kernel’s message handler, nor make it run code as another run', async ({ page }) => {
  await somethingToProtect(page);
  await setCode(
    page,
    'fitted-params',
    [
      'const forged = (runId) => ({ type: "run", runId, cellId: "cpu-backend", backend: "auto",',
      '  code: "print(`<b class=forged>forged output</b>`)" });',
      '// Ids as the page made them before (a counter) and as it makes them now (hex), guessed.',
      'const guesses = [...Array(200).keys()].flatMap((i) => [i, i.toString(16).padStart(32, "0")]);',
      'print("onmessage:", typeof self.onmessage);',
      'if (typeof self.onmessage === "function") for (const id of guesses) self.onmessage({ data: forged(id), isTrusted: true });',
      'for (const id of guesses) self.dispatchEvent(new MessageEvent("message", { data: forged(id) }));',
      'await sleep(300);',
      'print("the run went on to its end");',
    ].join('\n'),
  );
  await runAndWait(page, 'fitted-params');
  await expect(cell(page, 'fitted-params').locator('.cell-text')).toHaveText(['onmessage: object', 'the run went on to its end']);
  // The next real runs show only their own output.
  await runAndWait(page, 'cpu-backend');
  await expect(cell(page, 'cpu-backend').locator('.cell-text')).toHaveText('the learner’s own line');
  await expect(status(page, 'cpu-backend')).toContainText('Done');
  await runAndWait(page, 'fitted-params');
  await expect(page.locator('.forged')).toHaveCount(0);
  await expect(page.locator('.cell-output', { hasText: 'forged output' })).toHaveCount(0);
});
