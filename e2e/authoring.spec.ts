import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function gotoGuide(page: Page) {
  await page.goto('/authoring');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** The live example whose MDX source contains `text`. */
function example(page: Page, text: string): Locator {
  return page.locator('figure.example').filter({ has: page.locator('.example-source', { hasText: text }) });
}

test('the header links to the authoring guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Authoring' }).click();
  await expect(page).toHaveURL(/\/authoring$/);
  await expect(page.locator('h1')).toHaveText('Writing a chapter');
});

test('the guide renders its sections and every example shows its MDX beside its result', async ({ page }) => {
  await gotoGuide(page);
  for (const name of [
    'Chapter layout',
    'Frontmatter',
    'Math',
    'Callouts',
    'Cells',
    'A derivation beside a figure',
    'Quizzes',
    'Exercises',
    'Test a chapter',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const examples = page.locator('figure.example');
  expect(await examples.count()).toBeGreaterThanOrEqual(10);
  for (const figure of await examples.all()) {
    await expect(figure.locator('.example-source pre')).not.toBeEmpty();
    await expect(figure.locator('.example-result')).not.toBeEmpty();
  }
});

test('the math example typesets the source shown beside it', async ({ page }) => {
  await gotoGuide(page);
  const math = example(page, 'D^*(x) = \\frac{p_{\\text{data}}(x)}');
  await expect(math.locator('.example-result .katex-display')).toBeVisible();
  await expect(math.locator('.example-result .katex-mathml math').first()).toBeAttached();
});

test('the callout example shows all three kinds, and the deep dive opens', async ({ page }) => {
  await gotoGuide(page);
  const callouts = example(page, '<Callout kind="pitfall" title="Log of zero">');
  const result = callouts.locator('.example-result');
  await expect(result.locator('.callout-note')).toContainText('The discriminator');
  await expect(result.locator('.callout-pitfall .callout-title')).toHaveText('Log of zero');
  const deepDive = result.locator('details.callout-deep-dive');
  await expect(deepDive.getByText('Substitute')).toBeHidden();
  await deepDive.locator('summary').click();
  await expect(deepDive.getByText('Substitute')).toBeVisible();
});

test('the links example leads to a heading of another chapter', async ({ page }) => {
  await gotoGuide(page);
  await example(page, '[its first section]').locator('.example-result').getByRole('link', { name: 'its first section' }).click();
  await expect(page).toHaveURL(/\/learn\/what-is-a-generative-model#the-problem$/);
  await expect(page.locator('#the-problem')).toBeInViewport();
});

test('at 360 px the example stacks source above result without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await gotoGuide(page);
  const figure = example(page, '<Callout kind="pitfall"');
  const source = await figure.locator('.example-source').boundingBox();
  const result = await figure.locator('.example-result').boundingBox();
  expect(source!.y + source!.height).toBeLessThanOrEqual(result!.y + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the quiz example can be answered: a wrong choice explains itself, the right one is marked correct', async ({ page }) => {
  await gotoGuide(page);
  const q = page.locator('[data-quiz="guide-geometric-mean"]');
  await expect(example(page, '<Quiz id="guide-geometric-mean">').locator('[data-quiz="guide-geometric-mean"]')).toBeVisible();
  await q.getByRole('radio', { name: '0.25 trials' }).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toContainText('Not quite');
  await expect(q.locator('.quiz-choice', { hasText: '0.25' })).toContainText('the chance of success on each trial');
  await q.getByRole('button', { name: 'Try again' }).click();
  await q.getByRole('radio', { name: '4 trials' }).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toHaveText('Correct!');
});

test('the numeric quiz example grades against its tolerance', async ({ page }) => {
  await gotoGuide(page);
  const q = page.locator('[data-quiz="guide-log-two"]');
  await q.getByLabel('Your answer').fill('0.7');
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toContainText('too high');
  await q.getByRole('button', { name: 'Try again' }).click();
  await q.getByLabel('Your answer').fill('0.693');
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toContainText('Correct!');
});

test('the cell example runs in the kernel and prints a mean close to 1/p', async ({ page }) => {
  await gotoGuide(page);
  const cell = page.locator('[data-cell="guide-geometric"]');
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell.locator('.cell-status')).toContainText('Done', { timeout: 60_000 });
  const text = await cell.locator('.cell-output').innerText();
  const mean = Number(/sample mean: ([\d.]+)/.exec(text)![1]);
  // 4,000 geometric draws with p = 0.25: mean 1/p = 4, standard error sqrt(1-p)/p/sqrt(4000) ≈ 0.055.
  expect(Math.abs(mean - 4)).toBeLessThan(0.25);
});

test('the exercise example fails with the starter, reveals its hints, and passes its checks with the solution', async ({ page }) => {
  await gotoGuide(page);
  const ex = page.locator('[data-exercise="guide-mean"]');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toContainText('Not yet', { timeout: 60_000 });
  await ex.getByRole('button', { name: 'Show a hint (1 of 2)' }).click();
  await ex.getByRole('button', { name: 'Show a hint (2 of 2)' }).click();
  await expect(ex.locator('.exercise-hint')).toHaveCount(2);
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await ex.getByRole('button', { name: 'Load the solution into the editor' }).click();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toContainText('solved with the solution shown', { timeout: 60_000 });
});

test('the SideBySide example: the figure draws, a step sets its focus, the slider updates the value', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await gotoGuide(page);
  const block = example(page, '<SideBySide>').locator('.side-by-side');
  await block.scrollIntoViewIfNeeded();
  const figure = block.locator('.plot-figure');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(figure.locator('svg').first()).toBeVisible();
  await block.locator('.sbs-step').nth(1).hover();
  await expect(figure).toHaveAttribute('data-focus', 'mean');
  const slider = block.getByRole('slider', { name: /μ/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(block.locator('.sbs-value[data-param="mu"]').first()).toHaveText('0.1');
});

test('the image example fetches real digits in the worker and draws them with their text alternative', async ({ page }) => {
  await gotoGuide(page);
  const digits = example(page, 'ml.mnist({ size: 14, n: 32 })');
  await digits.getByRole('button', { name: 'Run', exact: true }).click();
  const canvas = digits.getByRole('img', { name: '32 real MNIST digits, 14 by 14 pixels' });
  await expect(canvas).toBeVisible({ timeout: 60_000 });
  // 16 columns × 2 rows of 14-pixel digits with 1-pixel gaps, drawn at 3 screen pixels per pixel.
  expect(await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height, c.style.width])).toEqual([
    16 * 15 - 1,
    2 * 15 - 1,
    `${(16 * 15 - 1) * 3}px`,
  ]);
  // Ink on black: the canvas holds both dark background and bright strokes, not a blank grid.
  const [dark, bright] = await canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let d = 0;
    let b = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] !== 255) continue;
      if (data[i] < 30) d++;
      else if (data[i] > 200) b++;
    }
    return [d, b];
  });
  expect(dark).toBeGreaterThan(32 * 100);
  expect(bright).toBeGreaterThan(32 * 5);
  await expect(digits.locator('.cell-text pre')).toContainText(/^labels: (\d )+\d$/);
});
