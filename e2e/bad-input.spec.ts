import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect, gotoLesson } from './fixtures';
import { cell, cellError, runAndWait, runButton, savedProgress, setCode, status, stopButton } from './cell-helpers';

/**
 * The bad-input suite for cells: each journey feeds one cell something hostile or broken,
 * checks the message the learner sees, and checks that nothing else was lost: other cells'
 * edits and outputs, saved progress, and the kernel's state wherever it should survive.
 */

const chapter = 'what-is-a-generative-model';
/** The cell each journey breaks; the others hold work that must survive. */
const target = 'fitted-params';
const learnerLine = 'print("the learner’s own line");';

test.beforeEach(async ({ page }) => {
  await gotoLesson(page, chapter);
});

/** Work a learner has done before things go wrong: kernel state, a saved edit and outputs. */
async function doSomeWork(page: Page) {
  await runAndWait(page, 'fit-gaussian');
  await setCode(page, 'cpu-backend', learnerLine);
  await runAndWait(page, 'cpu-backend');
  await expect(cell(page, 'cpu-backend').locator('.cell-text')).toHaveText('the learner’s own line');
  await expect.poll(() => savedProgress(page)).toContain('the learner’s own line');
}

/** The other cells' edits, outputs and saved progress are as doSomeWork left them. */
async function expectOtherWorkIntact(page: Page) {
  await expect(cell(page, 'cpu-backend').locator('.cell-code')).toContainText(learnerLine);
  await expect(cell(page, 'cpu-backend').locator('.cell-text')).toHaveText('the learner’s own line');
  await expect(cell(page, 'fit-gaussian').locator('progress')).toHaveAttribute('value', '300');
  await expect(cell(page, 'fit-gaussian').locator('.cell-plot-canvas svg')).toBeVisible();
  expect(await savedProgress(page)).toContain('the learner’s own line');
}

/** How many runs of a cell the learner's saved progress records. */
async function savedRuns(page: Page, id: string): Promise<number | undefined> {
  const progress = JSON.parse(await savedProgress(page)) as { cells: Record<string, { runs: number }> };
  return progress.cells[`${chapter}/${id}`]?.runs;
}

/**
 * The console errors a failed download leaves (the browser's own line per request, and React's
 * report of the error its boundary caught) are expected; anything else still fails the test.
 */
function expectOnlyFailedDownloads(consoleErrors: string[]) {
  const others = consoleErrors.filter((e) => !/Failed to load resource|Failed to load chunk/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}

/** The kernel still holds what fit-gaussian declared: the author's fitted-params reads it. */
async function expectKernelStateKept(page: Page) {
  await expect(page.locator('.cell-rerun')).toHaveCount(0);
  await cell(page, target).getByRole('button', { name: 'Reset' }).click();
  await runAndWait(page, target);
  await expect(cell(page, target).locator('.cell-text')).toContainText(/μ = \d+\.\d{3}\s+σ = \d+\.\d{3}/);
}

test('a syntax error names its line and column, marks the line, and runs nothing', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'const a = 1;\nconst b = (a + ;');
  await runAndWait(page, target);
  await expect(cellError(page, target)).toContainText('Line 2:16');
  await expect(cellError(page, target)).toContainText('SyntaxError');
  await expect(cell(page, target).locator('.cm-error-line')).toHaveText('const b = (a + ;');
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('a runtime error names the line and column in the cell’s own numbering', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'const o = null;\nprint(o.x);');
  await runAndWait(page, target);
  await expect(cellError(page, target)).toContainText('Line 2:9');
  await expect(cellError(page, target)).toContainText('TypeError');
  await expect(cell(page, target).locator('.cm-error-line')).toHaveText('print(o.x);');
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('while(true){} is stopped within about a second by replacing the kernel; cells that had run need a re-run', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'while (true) {}');
  await runButton(page, target).click();
  await expect(status(page, target)).toContainText('Running');
  await stopButton(page, target).click();
  // How fast is measured by `npm run bench -- --only=floods`, not here: a loaded machine stretches wall time.
  await expect(cellError(page, target)).toContainText('Stopped by restarting the kernel', { timeout: 10_000 });
  for (const id of ['fit-gaussian', 'cpu-backend']) await expect(cell(page, id).locator('.cell-rerun')).toContainText('Needs re-run');
  await expectOtherWorkIntact(page);
  // A fresh kernel runs the learner's edited cell, which no longer needs a re-run.
  await runAndWait(page, 'cpu-backend');
  await expect(cell(page, 'cpu-backend').locator('.cell-text')).toHaveText('the learner’s own line');
  await expect(cell(page, 'cpu-backend').locator('.cell-rerun')).toHaveCount(0);
  await expect(cell(page, 'fit-gaussian').locator('.cell-rerun')).toContainText('Needs re-run');
});

test('a notebook runtime that fails to download says so on the cell and in the kernel bar; the next Run loads it', async ({
  page,
  consoleErrors,
}) => {
  // Only the kernel client's script fails (it names the kernel's worker): the rest of the page downloads as usual.
  const chunks = '**/_next/static/chunks/**';
  await page.route(chunks, async (route) => {
    const response = await route.fetch();
    if ((await response.text()).includes('minimax-kernel')) await route.abort();
    else await route.fulfill({ response });
  });
  await runButton(page, target).click();
  await expect(cellError(page, target)).toContainText('The notebook runtime did not load');
  await page.getByRole('toolbar', { name: 'Page kernel' }).getByRole('button', { name: 'Run all' }).click();
  await expect(page.locator('.kernel-state')).toContainText('did not load');

  await page.unroute(chunks);
  await runAndWait(page, 'fit-gaussian');
  await runAndWait(page, target);
  await expect(cell(page, target).locator('.cell-error')).toHaveCount(0);
  await expect(cell(page, target).locator('.cell-text')).toContainText(/μ = \d+\.\d{3}/);
  expectOnlyFailedDownloads(consoleErrors);
});

test('when the code for a cell’s output fails to download, the cell says so in place, the lesson stays, and Try again loads it', async ({
  page,
  consoleErrors,
}) => {
  await setCode(page, 'cpu-backend', learnerLine);
  const chunks = '**/_next/static/chunks/**';
  await page.route(chunks, (route) => route.abort());
  await runButton(page, 'cpu-backend').click();
  const notices = cell(page, 'cpu-backend').getByRole('alert');
  await expect(notices.first()).toContainText('could not be downloaded');
  // Nothing else of the lesson was replaced by an error page.
  await expect(cell(page, 'fit-gaussian')).toBeVisible();
  await expect(cell(page, 'cpu-backend').locator('.cell-code')).toContainText(learnerLine);
  // The bundler tries a failed chunk once more after 200–600 ms: wait until the runtime's load
  // has given up too (the run ends, Stop goes grey), or the network comes back in time for it.
  await expect(stopButton(page, 'cpu-backend')).toBeDisabled();

  await page.unroute(chunks);
  const retries = notices.getByRole('button', { name: 'Try again' });
  // Each Try again re-renders its part; one may finish between counting and clicking, so click
  // whatever is left until none is.
  await expect(async () => {
    if ((await retries.count()) > 0) await retries.first().click({ timeout: 1000 });
    await expect(retries).toHaveCount(0, { timeout: 500 });
  }).toPass();
  await expect(cellError(page, 'cpu-backend')).toContainText('The notebook runtime did not load');
  await runAndWait(page, 'cpu-backend');
  await expect(cell(page, 'cpu-backend').locator('.cell-text')).toHaveText('the learner’s own line');
  expectOnlyFailedDownloads(consoleErrors);
});

test('an unawaited rejected promise is reported on the cell, and the kernel keeps its state', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'Promise.reject(new Error("lost"));\nawait sleep(50);');
  await runAndWait(page, target);
  await expect(cellError(page, target)).toContainText('Unhandled promise rejection: Error: lost');
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('a NaN loss stops training with "diverged at step N" and a hint', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'for (let s = 1; s <= 100; s++) await progress(s, 100, { loss: s < 30 ? 1 / s : NaN });');
  await runAndWait(page, target);
  await expect(cellError(page, target)).toContainText('diverged at step 30: loss is NaN');
  await expect(cell(page, target).locator('.cell-hint')).toContainText('learning rate');
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('a tensor far beyond memory is refused in plain words, and the kernel stays usable with its state', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'const huge = tf.zeros([1e5, 1e5]);\nprint(huge.shape);');
  await runAndWait(page, target);
  await expect(cellError(page, target)).toContainText('Line 1:');
  await expect(cell(page, target).locator('.cell-hint')).toContainText('more memory than the browser gives a page');
  await expect(cell(page, target).locator('.cell-hint')).toContainText('10,000,000,000 numbers: 40 GB as float32');
  await expect(cell(page, target).locator('.cell-text')).toHaveCount(0);
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('a huge printed array is shortened, and a huge tensor is folded behind "Show more"', async ({ page }) => {
  await doSomeWork(page);
  await setCode(
    page,
    target,
    'for (let i = 0; i < 2000; i++) print(i);\nprint(Array.from({ length: 1e6 }, (_, i) => i));\nprint(tf.ones([1000, 1000]));',
  );
  await runAndWait(page, target);
  await expect(status(page, target)).toContainText('Done');
  const texts = cell(page, target).locator('.cell-text');
  await expect(texts.nth(-2)).toContainText('… 999900 more]');
  const tensor = texts.last();
  const folded = (await tensor.locator('pre').innerText()).length;
  expect(folded).toBeLessThan(3_000);
  await tensor.getByRole('button', { name: /Show more \([\d,]+ more characters\)/ }).click();
  expect((await tensor.locator('pre').innerText()).length).toBeGreaterThan(10 * folded);
  await expect(tensor.getByRole('button', { name: 'Show less' })).toBeVisible();
  await expect(cell(page, target).locator('.cell-note')).toContainText(/… 1,702 earlier lines hidden/);
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('a run past its budget warns that it is taking longer than expected, and Stop still ends it', async ({ page }) => {
  // The authoring guide's first cell declares budget=5 (seconds).
  await page.goto('/authoring');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const id = 'guide-geometric';
  const warning = cell(page, id).locator('.cell-warning');
  await runAndWait(page, id);
  await expect(warning).toHaveCount(0);

  await setCode(page, id, 'const kept = "still here";\nfor (let i = 0; ; i++) await sleep(100);');
  await runButton(page, id).click();
  await expect(warning).toContainText('This is taking longer than expected (over 5 s)', { timeout: 20_000 });
  await expect(stopButton(page, id)).toBeEnabled();
  const violations = await axeViolations(page, { include: [`[data-cell="${id}"]`] });
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await stopButton(page, id).click();
  await expect(cellError(page, id)).toContainText('Stopped');
  await expect(warning).toHaveCount(0);
  // A gentle stop keeps the kernel: the next run reads what the stopped one declared.
  await setCode(page, id, 'print(kept);');
  await runAndWait(page, id);
  await expect(cell(page, id).locator('.cell-text')).toHaveText('still here');
});

test('rapid Run clicks start one run and show its output once', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'globalThis.runs = (globalThis.runs ?? 0) + 1;\nawait sleep(2000);\nprint("run number", globalThis.runs);');
  await runButton(page, target).click({ clickCount: 3 });
  await runButton(page, target).click();
  await expect(status(page, target)).toContainText('Done', { timeout: 60_000 });
  await expect(cell(page, target).locator('.cell-text')).toHaveText('run number 1');
  expect(await savedRuns(page, target)).toBe(1);
  // One more deliberate run counts 2: no duplicate was queued behind the first.
  await runAndWait(page, target);
  await expect(cell(page, target).locator('.cell-text')).toHaveText('run number 2');
  expect(await savedRuns(page, target)).toBe(2);
  await expectOtherWorkIntact(page);
});

test('Run right after Restart runs the cell in a fresh kernel, even while it was running', async ({ page }) => {
  await doSomeWork(page);
  await runButton(page, 'ring-samples').click();
  await expect(cell(page, 'ring-samples').locator('progress')).toBeVisible();
  // At once, while the short run still trains: a click() would first wait for Run's scroll to the output to settle.
  await page.getByRole('toolbar', { name: 'Page kernel' }).getByRole('button', { name: 'Restart' }).dispatchEvent('click');
  await expect(cellError(page, 'ring-samples')).toContainText('Stopped: the kernel was restarted');
  await runButton(page, 'ring-samples').click();
  await expect(status(page, 'ring-samples')).toContainText('Done', { timeout: 60_000 });
  await expect(cell(page, 'ring-samples').locator('.cell-error')).toHaveCount(0);
  await expect(cell(page, 'ring-samples').locator('.cell-text')).toContainText('first sample: [');
  await expect(cell(page, 'ring-samples').locator('.cell-plot-canvas svg circle')).toHaveCount(2000);
  await expect(cell(page, 'ring-samples').locator('.cell-rerun')).toHaveCount(0);
  // The other cells' work is still on the page; their kernel state is gone, and they say so.
  for (const id of ['fit-gaussian', 'cpu-backend']) await expect(cell(page, id).locator('.cell-rerun')).toContainText('Needs re-run');
  await expectOtherWorkIntact(page);
});

test('a million prints end in time to show the last lines and how many were hidden; an endless print loop still stops', async ({
  page,
}) => {
  await doSomeWork(page);
  await setCode(page, target, 'for (let i = 0; i < 1e6; i++) print(i);');
  await runAndWait(page, target);
  await expect(status(page, target)).toContainText('Done');
  const texts = cell(page, target).locator('.cell-text');
  await expect(texts.last()).toHaveText('999999');
  expect(await texts.count()).toBeLessThanOrEqual(300);
  await expect(cell(page, target).locator('.cell-note')).toContainText(/… 999,[0-9]{3} earlier lines hidden/);

  await setCode(page, target, 'for (let i = 0; ; i++) print(i);');
  await runButton(page, target).click();
  await expect(texts.first()).toBeVisible();
  await stopButton(page, target).click();
  await expect(cellError(page, target)).toContainText('Stopped by restarting the kernel');
  await expectOtherWorkIntact(page);
});

test('a chart given a million points at once draws a capped, evenly thinned series and says so', async ({ page }) => {
  await doSomeWork(page);
  await setCode(
    page,
    target,
    "const c = plot({ marks: [{ mark: 'dot', data: 's', x: 'x', y: 'y', r: 1 }] });\nc.append('s', Array.from({ length: 1e6 }, (_, i) => ({ x: i, y: i % 7 })));",
  );
  await runAndWait(page, target);
  await expect(status(page, target)).toContainText('Done');
  const note = cell(page, target).locator('.cell-plot .cell-note');
  await expect(note).toContainText(/Showing every 256th of 1,000,000 points of "s" \(a chart draws at most 5,000 points per series\)/);
  expect(await cell(page, target).locator('.cell-plot-canvas circle').count()).toBeLessThanOrEqual(5000);
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('points streamed one by one past the cap keep the chart to the cap, and Stop ends the stream gently', async ({ page }) => {
  await doSomeWork(page);
  await setCode(
    page,
    target,
    "const c = plot({ marks: [{ mark: 'line', data: 's', x: 'x', y: 'y' }] });\nfor (let i = 0; ; i++) {\n  c.append('s', [{ x: i, y: Math.sin(i / 100) }]);\n  if (i % 100 === 0) await progress(i, 1e9);\n}",
  );
  await runButton(page, target).click();
  const note = cell(page, target).locator('.cell-plot .cell-note');
  await expect(note).toContainText(/Showing every [\d,]+(st|nd|rd|th) of [\d,]+ points of "s"/, { timeout: 60_000 });
  await stopButton(page, target).click();
  await expect(cellError(page, target)).toContainText(/^Stopped at step \d+/);
  await expect(page.locator('.cell-rerun')).toHaveCount(0);
  await expectOtherWorkIntact(page);
});

test('a kernel closed by cell code is restarted on the next run, which says so and runs', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'self.onmessage = null;\nsetTimeout(() => self.close(), 100);');
  await runAndWait(page, target);
  await setCode(page, 'cpu-backend', 'print("after the close");');
  await runButton(page, 'cpu-backend').click();
  await expect(status(page, 'cpu-backend')).toContainText('Done', { timeout: 60_000 });
  const texts = cell(page, 'cpu-backend').locator('.cell-text');
  await expect(texts.first()).toContainText('The kernel did not answer within 4 s');
  await expect(texts.last()).toHaveText('after the close');
  await expect(cell(page, 'fit-gaussian').locator('.cell-rerun')).toContainText('Needs re-run');
  await expect(cell(page, 'cpu-backend').locator('.cell-rerun')).toHaveCount(0);
});

test('a declaration named like the cell API is refused where it is written, and the API keeps working', async ({ page }) => {
  await doSomeWork(page);
  for (const [code, place, name] of [
    ['const seed = 42;', 'Line 1:7', 'seed'],
    ['let x = 1;\nlet progress = 0;', 'Line 2:5', 'progress'],
    ['const plot = 1;', 'Line 1:7', 'plot'],
    ['function print(x) {}', 'Line 1:10', 'print'],
  ]) {
    await setCode(page, target, code);
    await runAndWait(page, target);
    await expect(cellError(page, target)).toContainText(place);
    await expect(cellError(page, target)).toContainText(`'${name}' is the cell API's ${name}`);
  }
  await setCode(page, target, 'try { print = null; } catch (e) { print(e.message); }');
  await runAndWait(page, target);
  await expect(cell(page, target).locator('.cell-text')).toHaveText(
    'print is part of the cell API and cannot be replaced; choose another name',
  );
  await setCode(
    page,
    target,
    'seed(3);\nconst chart = plot({ marks: [{ mark: "ruleY", values: [1] }] });\nawait progress(1, 1);\nprint("api intact");',
  );
  await runAndWait(page, target);
  await expect(cell(page, target).locator('.cell-text')).toHaveText('api intact');
  await expectOtherWorkIntact(page);
  await expectKernelStateKept(page);
});

test('an error thrown later by a timer shows once, with its line, on the cell that set the timer', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'const x = 1;\nsetTimeout(() => { throw new Error("late") }, 300);');
  await runAndWait(page, target);
  await setCode(page, 'cpu-backend', 'await sleep(1500);\nprint("the learner’s own line");');
  await runButton(page, 'cpu-backend').click();
  await expect(cellError(page, target)).toHaveText(/^Line 2:26\s+Uncaught Error: late$/);
  await expect(status(page, 'cpu-backend')).toContainText('Done', { timeout: 60_000 });
  await expect(cell(page, 'cpu-backend').locator('.cell-error')).toHaveCount(0);
});

test('Stop on a run that awaits a promise that never settles says it was waiting, not looping', async ({ page }) => {
  await doSomeWork(page);
  await setCode(page, target, 'await new Promise(() => {});');
  await runButton(page, target).click();
  await expect(status(page, target)).toContainText('Running');
  await stopButton(page, target).click();
  await expect(cellError(page, target)).toContainText('the run was still waiting for a promise');
  await expect(cellError(page, target)).not.toContainText('loop');
});
