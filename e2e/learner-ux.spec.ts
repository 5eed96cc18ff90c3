import fs from 'node:fs';
import path from 'node:path';
import { test, expect, gotoLesson } from './fixtures';
import { cell, cellError, runAndWait, runButton, setCode, status, stopButton } from './cell-helpers';
import { kernelTensors, kernelWorker } from './notebook';
import { publishedChapters } from './site-pages';

// Issue 20, "Smaller things a learner trips on": the ones outside cells and /progress.
const starter = 'what-is-a-generative-model';

test('"On this page" marks the section being read as the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoLesson(page, starter);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  for (const id of ['sampling-and-density-side-by-side', 'the-problem']) {
    await page.locator(`#${id}`).evaluate((h) => h.scrollIntoView());
    await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', `#${id}`);
    await expect(toc.locator('a[aria-current="location"]')).toHaveCount(1);
  }
});

test('a search result shows the text around the match, with the match marked', async ({ page }) => {
  await gotoLesson(page, starter);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search lessons' }).fill('PixelCNN');
  const first = page.locator('#search-results [role="option"]').first();
  await expect(first.locator('.search-snippet mark')).toHaveText(/pixelcnn/i);
  await expect(first.locator('.search-snippet')).toContainText(/\w+ \S*pixelcnn/i);
});

test('on a phone the chapter list is closed so the lesson title comes first; it opens from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoLesson(page, starter);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav.getByRole('link').first()).toBeHidden();
  const title = await page.locator('h1').boundingBox();
  expect(title!.y).toBeLessThan(844 / 3);
  await nav.getByText('Chapters').focus();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link').first()).toBeVisible();
});

test('on a wide screen the chapter list is shown beside the lesson', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoLesson(page, starter);
  await expect(page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first()).toBeVisible();
});

test('a fixed-size chart keeps its shape on a phone, and colour-ramp labels are not clipped', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoLesson(page, starter);
  await setCode(
    page,
    'ring-samples',
    `plot({ width: 420, height: 420, color: { type: 'linear', domain: [0, 1], legend: true, label: 'D(x)' },
  marks: [{ mark: 'dot', values: [{ x: 0, y: 0, d: 0.5 }], x: 'x', y: 'y', fill: 'd' }] });`,
  );
  await runAndWait(page, 'ring-samples');
  const canvas = cell(page, 'ring-samples').locator('.cell-plot-canvas');
  await expect(canvas.locator('svg').last()).toBeVisible();
  // Below the chart only Plot's figure margin (16 px), not the 420 px the chart had at full width.
  const gap = await canvas.evaluate(
    (c) => c.getBoundingClientRect().bottom - [...c.querySelectorAll('svg')].at(-1)!.getBoundingClientRect().bottom,
  );
  expect(gap).toBeLessThan(20);
  const clipped = await canvas.locator('svg[class$="-ramp"]').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    if (getComputedStyle(svg).overflow === 'visible') return [];
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left || r.right > box.right;
      })
      .map((t) => t.textContent);
  });
  expect(clipped).toEqual([]);
});

test('the theme button shows the icon for dark mode before the page hydrates', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // The page's scripts never run (empty), but the inline theme script does: what a reader sees before hydration.
  await page.route('**/_next/static/**/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto(`/learn/${starter}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const visibleIcon = page.getByTestId('theme-toggle').locator('span:visible');
  await expect(visibleIcon).toHaveText('☀');
});

test('printing opens deep dives and draws every figure, scrolled to or not', async ({ page }) => {
  await gotoLesson(page, 'minimax-game');
  await expect(page.locator('.plot-figure[data-state="idle"]').first()).toBeAttached();
  const deepDive = page.locator('.callout-deep-dive > :not(summary)').first();
  await expect(deepDive).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(deepDive).toBeVisible();
  await expect(page.locator('.plot-figure:not([data-state="ready"])')).toHaveCount(0);
});

// Issue 20's notebook-runtime items: what a learner reads when a cell fails, leaks or is stopped.
test.describe('the notebook runtime', () => {
  test.beforeEach(async ({ page }) => {
    await gotoLesson(page, starter);
  });

  test('"x is not defined" names the cell that declares x, and runs it and then this cell on request', async ({ page }) => {
    await runAndWait(page, 'fitted-params');
    await expect(cellError(page, 'fitted-params')).toContainText('ReferenceError: mu is not defined');
    const help = cell(page, 'fitted-params').locator('.cell-undeclared');
    await expect(help).toContainText('mu is declared in cell fit-gaussian above, which has not run since the kernel started.');
    await expect(help.locator('code').first()).toHaveText('mu');
    await help.getByRole('button', { name: 'Run fit-gaussian, then this cell' }).click();
    await expect(status(page, 'fit-gaussian')).toContainText('Done', { timeout: 60_000 });
    await expect(status(page, 'fitted-params')).toContainText('Done', { timeout: 60_000 });
    await expect(cell(page, 'fitted-params').locator('.cell-text')).toContainText(/μ = \d+\.\d{3}/);
    await expect(cellError(page, 'fitted-params')).toHaveCount(0);
  });

  test('a ReferenceError points at the missing name, whatever statement it sits in', async ({ page }) => {
    const cases: [string, string][] = [
      ['const q = undefinedThing.x;', 'Line 1:11'],
      ['let a; let { b, c } = undefinedThing.x;', 'Line 1:23'],
      ['print(1);\nawait sleep(1);\nconst q = [1, undefinedThing];', 'Line 3:15'],
      ['function f() {\n  return 2 * undefinedThing;\n}\nf();', 'Line 2:14'],
    ];
    for (const [code, place] of cases) {
      await setCode(page, 'fitted-params', code);
      await runAndWait(page, 'fitted-params');
      await expect(cellError(page, 'fitted-params'), code).toHaveText(
        new RegExp(`^${place}\\s+ReferenceError: undefinedThing is not defined`),
      );
      await expect(cell(page, 'fitted-params').locator('.cell-undeclared'), code).toContainText(
        'No cell on this page declares undefinedThing at top level',
      );
    }
  });

  test('tensors kept by top-level names are not reported as leaked; a re-run frees the old ones', async ({ page }) => {
    await runAndWait(page, 'fit-gaussian');
    const line = status(page, 'fit-gaussian');
    await expect(line).toContainText('9 tensors kept by top-level names (xs, mu, logSigma, …) · 0 leaked');
    await expect(line.locator('.cell-leak')).toHaveCount(0);
    const worker = (await kernelWorker(page))!;
    const after = await kernelTensors(worker);

    await runAndWait(page, 'fit-gaussian');
    await expect(line).toContainText('9 tensors kept by top-level names (xs, mu, logSigma, …) · 9 tensors freed · 0 leaked');
    expect(await kernelTensors(worker)).toBe(after);

    // A tensor no name holds is a leak, and only that part is shown as a warning.
    await setCode(page, 'cpu-backend', 'tf.ones([2]);\nconst kept = tf.zeros([3]);');
    await runAndWait(page, 'cpu-backend');
    await expect(status(page, 'cpu-backend')).toContainText('1 tensor kept by top-level name (kept) · 1 leaked');
    await expect(status(page, 'cpu-backend').locator('.cell-leak')).toHaveText('1 leaked');
  });

  test('after Stop the progress line says where it stopped, with no ETA', async ({ page }) => {
    await setCode(page, 'fitted-params', 'for (let s = 1; s <= 400; s++) {\n  await progress(s, 400);\n  await sleep(20);\n}');
    await runButton(page, 'fitted-params').click();
    const progressText = cell(page, 'fitted-params').locator('.cell-progress-text');
    await expect(progressText).toContainText('ETA');
    await stopButton(page, 'fitted-params').click();
    await expect(status(page, 'fitted-params')).toContainText('Ended');
    await expect(progressText).toHaveText(/^stopped at \d+ \/ 400 \(\d+%\)$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson says interactive parts need JavaScript, and Check does not reload the page', async ({ page }) => {
    await page.goto(`/learn/${starter}`);
    await expect(page.getByRole('note').filter({ hasText: 'need JavaScript' })).toBeVisible();
    const quiz = page.locator('form.quiz').first();
    await quiz.locator('input').first().check();
    const url = page.url();
    await quiz.getByRole('button', { name: 'Check' }).click();
    await page.waitForLoadState();
    expect(page.url()).toBe(url);
  });
});

test('every lesson with cells prerenders the page kernel toolbar once, above its first cell', async ({ request }) => {
  for (const slug of publishedChapters) {
    const source = fs.readFileSync(path.join('content', slug, 'index.mdx'), 'utf8');
    const hasCells = /^```\w*\s+cell\b/m.test(source);
    const html = await (await request.get(`/learn/${slug}`)).text();
    const bars = html.split('class="kernel-bar"').length - 1;
    expect(bars, `${slug}: kernel toolbars in the prerendered HTML`).toBe(hasCells ? 1 : 0);
    if (hasCells)
      expect(html.indexOf('class="kernel-bar"'), `${slug}: the toolbar comes before the first cell's Run`).toBeLessThan(
        html.indexOf('class="cell-run"'),
      );
  }
});

test('nothing in a lesson moves when it hydrates: the first Run button and the Next link stay where the HTML put them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Where they are in the prerendered page, before any of the page's scripts has run.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + scrollY;
      (window as unknown as { before: number[] }).before = [top('.cell-run'), top('nav.prev-next')];
    });
  });
  await gotoLesson(page, 'minimax-game');
  await page.waitForTimeout(1000); // anything a hydrated component adds has been added by now
  const [before, after] = await page.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + scrollY;
    return [(window as unknown as { before: number[] }).before, [top('.cell-run'), top('nav.prev-next')]];
  });
  expect(after).toEqual(before);
});
