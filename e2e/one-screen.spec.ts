import type { Locator, Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { publishedChapters } from './site-pages';

/**
 * Once the learner presses Run, the cell's Run and Stop buttons, its progress/status line and
 * its live output are on screen together, for every cell and exercise of every chapter, on a
 * laptop and on a phone, however tall the code above the output is.
 */

const sizes = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** Fails unless the whole box lies inside the window, below the site header. */
async function expectOnScreen(page: Page, box: Locator, what: string) {
  const rect = await box.boundingBox({ timeout: 2_000 });
  const header = await page.locator('.site-header').boundingBox();
  const { height } = page.viewportSize()!;
  expect(rect, `${what} is rendered`).not.toBeNull();
  expect(rect!.y, `${what} is below the site header`).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  expect(rect!.y + rect!.height, `${what} is above the bottom of the window`).toBeLessThanOrEqual(height + 1);
}

/** Fails unless the output starts on screen, below the cell's sticky controls, with room to show something. */
async function expectOutputInView(page: Page, output: Locator, controls: Locator) {
  const rect = await output.boundingBox({ timeout: 2_000 });
  const bar = await controls.boundingBox({ timeout: 2_000 });
  const { height } = page.viewportSize()!;
  expect(rect!.y, 'the output is not hidden under the cell controls').toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
  expect(rect!.y, 'the output starts well inside the window').toBeLessThanOrEqual(height - 120);
}

async function checkRunShowsEverything(page: Page, root: Locator, runName: string) {
  const controls = root.locator('.cell-controls');
  await root.getByRole('button', { name: runName, exact: true }).click();
  const output = root.locator('.cell-output');
  await expect(output).toBeAttached({ timeout: 30_000 });
  // The page may scroll smoothly to the output: poll until it has settled.
  await expect(async () => {
    await expectOnScreen(page, root.getByRole('button', { name: runName, exact: true }), 'Run');
    await expectOnScreen(page, root.getByRole('button', { name: 'Stop' }), 'Stop');
    await expectOnScreen(page, root.locator('.cell-runline'), 'the progress and status line');
    await expectOutputInView(page, output, controls);
  }).toPass({ timeout: 10_000 });
  const stop = root.getByRole('button', { name: 'Stop' });
  // A short run can end between any check of Stop and a click on it, and a plain click then
  // waits for a disabled button until the test times out: force skips that wait, and a click
  // on a disabled button does nothing.
  await stop.click({ force: true });
  await expect(stop).toBeDisabled({ timeout: 60_000 });
}

for (const size of sizes) {
  test.describe(`on a ${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // A chapter runs and stops every one of its cells in turn: on a loaded 2-core machine that can outlast the default 120 s.
    test.setTimeout(300_000);

    for (const slug of publishedChapters) {
      test(`${slug}: Run, Stop, progress and output on one screen for every cell and exercise`, async ({ page }) => {
        await gotoLesson(page, slug);
        const roots = page.locator('[data-cell], [data-exercise]');
        const count = await roots.count();
        for (let i = 0; i < count; i++) {
          const root = roots.nth(i);
          // As a learner who read the code from its top and pressed Run.
          await root.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await checkRunShowsEverything(page, root, 'Run');
        }
      });
    }

    test('a learner at the end of the longest cell runs it without scrolling back up', async ({ page }) => {
      await gotoLesson(page, 'minimax-game');
      const roots = page.locator('[data-cell]');
      const heights = await roots.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      const tallest = roots.nth(heights.indexOf(Math.max(...heights)));
      await tallest.locator('.cell-code').evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await checkRunShowsEverything(page, tallest, 'Run');
    });
  });
}
