import type { Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { cell, cellError, runAndWait, setCode, status } from './cell-helpers';
import { followNextChapter } from './notebook';

/** The learner's own data: drawn, typed, pasted or uploaded, saved, and trained on by the chapter's GAN. */

const chapter = 'minimax-game';
const gan = 'ganlab-two-gaussians';
const canvas = (page: Page) => page.locator('[data-drawing="your-data"]');
const count = (page: Page) => canvas(page).locator('.draw-data-count');
const pointsShown = (page: Page) => canvas(page).locator('svg circle').count();

test.beforeEach(async ({ page }) => {
  await gotoLesson(page, chapter);
});

/** Drags across the canvas from (x0, y0) to (x1, y1), in fractions of its side, y down. */
async function drag(page: Page, [x0, y0]: [number, number], [x1, y1]: [number, number]) {
  const surface = canvas(page).locator('svg');
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + x0 * box.width, box.y + y0 * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + x1 * box.width, box.y + y1 * box.height, { steps: 20 });
  await page.mouse.up();
}

test('a stroke sprays points that are saved and still there after a reload; Undo takes it back', async ({ page }) => {
  await drag(page, [0.2, 0.8], [0.8, 0.2]);
  const drawn = await pointsShown(page);
  expect(drawn).toBeGreaterThanOrEqual(20);
  await expect(count(page)).toHaveText(`${drawn} points`);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(count(page)).toHaveText(`${drawn} points`);
  await drag(page, [0.1, 0.1], [0.3, 0.1]);
  expect(await pointsShown(page)).toBeGreaterThan(drawn);
  await canvas(page).getByRole('button', { name: 'Undo' }).click();
  await expect(count(page)).toHaveText(`${drawn} points`);
});

test('the keyboard alone draws: arrows move the cross, Enter adds points', async ({ page }) => {
  const surface = canvas(page).getByRole('application', { name: /Drawing canvas/ });
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('3 points (draw at least 10)');
  await expect(surface).toHaveAttribute('aria-label', 'Drawing canvas, 3 points');
  // The first point sits under the cross: x = 0.5 + 0.02, y = 0.5 + 0.1 (y up), in a 100-unit viewBox.
  const first = canvas(page).locator('svg circle').first();
  await expect(first).toHaveAttribute('cx', '52');
  await expect(first).toHaveAttribute('cy', '40');
});

test("reached by the previous chapter's Next link (its code loads after the page), the canvas draws", async ({ page }) => {
  await gotoLesson(page, 'kl-and-jsd');
  await followNextChapter(page, chapter);
  const surface = canvas(page).getByRole('application', { name: /Drawing canvas/ });
  await surface.focus();
  // Enter sprays a small cluster under the cross, as in the keyboard test.
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('3 points (draw at least 10)');
});

test('malformed CSV, pasted or uploaded, is refused with the line at fault and changes nothing', async ({ page }) => {
  await drag(page, [0.3, 0.3], [0.6, 0.3]);
  const before = await count(page).innerText();
  await canvas(page).getByText('Paste or type points as CSV').click();
  await canvas(page).getByRole('textbox').fill('x,y\n0.1,0.2\n0.3\n');
  await canvas(page).getByRole('button', { name: 'Use these points' }).click();
  await expect(canvas(page).getByRole('alert')).toHaveText('Line 3: expected two numbers ("x,y"), got "0.3". Your drawing is unchanged.');
  await expect(count(page)).toHaveText(before);
  await canvas(page)
    .locator('input[type=file]')
    .setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0, 1, 2, 80, 78, 71]) });
  await expect(canvas(page).getByRole('alert')).toContainText('Line 1: expected two numbers');
  await expect(count(page)).toHaveText(before);
  await page.reload();
  await expect(count(page)).toHaveText(before);
});

test('an uploaded CSV of two clusters becomes the data the GAN trains on', async ({ page }) => {
  // Two clusters in data units (-5…5): the upload scales them into the canvas and says so.
  const rows = Array.from({ length: 200 }, (_, i) => {
    const [cx, cy] = i % 2 ? [-4, -4] : [4, 4];
    return `${cx + Math.sin(i) * 0.5},${cy + Math.cos(i * 1.3) * 0.5}`;
  });
  await canvas(page)
    .locator('input[type=file]')
    .setInputFiles({ name: 'clusters.csv', mimeType: 'text/csv', buffer: Buffer.from(`x,y\n${rows.join('\n')}\n`) });
  await expect(canvas(page).getByRole('status')).toHaveText(
    'Loaded 200 points. The points were scaled to fit the canvas (0 to 1 on both axes).',
  );
  await expect(count(page)).toHaveText('200 points');

  const code = await cell(page, gan).locator('.cell-placeholder').innerText();
  await setCode(
    page,
    gan,
    code
      .replace("const DATA = 'two-gaussians';", "const DATA = 'drawn';      ")
      .replace('const ITERATIONS = 1500;', 'const ITERATIONS = 100; '),
  );
  await runAndWait(page, gan);
  await expect(cellError(page, gan)).toHaveCount(0);
  await expect(cell(page, gan).locator('.cell-text')).toContainText('Fréchet distance between Gaussian fits');
  // The blue "real" dots are samples of the upload.
  await expect(cell(page, gan).locator('.cell-plot-canvas').first().locator('g[fill="steelblue"] circle')).toHaveCount(300);

  // Cleared, the drawing cannot be trained on, and the run says where to draw.
  await canvas(page).getByRole('button', { name: 'Clear' }).click();
  await expect(count(page)).toHaveText('0 points');
  await cell(page, gan).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page, gan)).toContainText('Ended', { timeout: 60_000 });
  await expect(cellError(page, gan)).toContainText('drawnPoints("your-data"): only 0 points are drawn; draw at least 10');
  await canvas(page).getByRole('button', { name: 'Undo' }).click();
  await expect(count(page)).toHaveText('200 points');
});
