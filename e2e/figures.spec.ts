import { axeViolations } from './axe';
import type { Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';

const chapter = 'what-is-a-generative-model';
/** A string from Observable Plot's own code (its default style), absent from every other chunk. */
const plotMarker = '--plot-background';

async function scriptsContaining(page: Page, urls: string[], needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const url of urls) if ((await (await page.request.get(url)).text()).includes(needle)) hits.push(url);
  return hits;
}

function figureIn(page: Page) {
  const block = page.locator('.side-by-side').first();
  return { block, figure: block.locator('.plot-figure'), steps: block.locator('.sbs-step') };
}

async function scrollToFigure(page: Page) {
  const { block, figure } = figureIn(page);
  await block.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(figure.locator('svg').first()).toBeVisible();
}

test('the lesson HTML is prerendered with the steps, sliders and a same-size placeholder', async ({ page }) => {
  const html = await (await page.request.get(`/learn/${chapter}`)).text();
  expect(html).toContain('class="side-by-side" role="group"');
  expect(html).toContain('data-state="idle"');
  expect(html).toMatch(/<input[^>]*type="range"[^>]*data-param="n"/);
  expect(html).toMatch(/class="sbs-value" data-param="n">200</);
});

test('Observable Plot loads only when the figure comes near the viewport, into a box of the same size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await gotoLesson(page, chapter);
  await page.waitForLoadState('networkidle');
  const { figure } = figureIn(page);
  const frame = figure.locator('.plot-figure-frame');
  await expect(figure).toHaveAttribute('data-state', 'idle');
  expect(await figure.locator('svg').count()).toBe(0);
  expect(await scriptsContaining(page, scripts, plotMarker), 'Plot in the first load').toEqual([]);
  const placeholderHeight = (await frame.boundingBox())!.height;

  const before = scripts.length;
  await scrollToFigure(page);
  expect(await scriptsContaining(page, scripts.slice(before), plotMarker)).toHaveLength(1);
  expect((await frame.boundingBox())!.height).toBe(placeholderHeight);
});

test('hovering a step or pressing Next highlights it and tells the figure its focus', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await gotoLesson(page, chapter);
  await scrollToFigure(page);
  const { block, figure, steps } = figureIn(page);
  await expect(figure).toHaveAttribute('data-focus', '');

  await steps.nth(1).hover();
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(figure).toHaveAttribute('data-focus', 'density');
  await expect(block.locator('.sbs-status')).toHaveText('Step 2 of 4');
  await expect(block.locator('.sbs-status')).toHaveAttribute('aria-live', 'polite');

  const svgBefore = await figure.locator('svg').first().innerHTML();
  await page.mouse.move(0, 0);
  await block.getByRole('button', { name: /Next/ }).click();
  await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(1)).not.toHaveAttribute('aria-current', 'step');
  await expect(figure).toHaveAttribute('data-focus', 'agree');
  expect(await figure.locator('svg').first().innerHTML(), 'the figure redraws for the new focus').not.toBe(svgBefore);

  await block.getByRole('button', { name: /Previous/ }).click();
  await expect(figure).toHaveAttribute('data-focus', 'density');
});

test('arrow keys move between steps and keep keyboard focus on the active one', async ({ page }) => {
  await gotoLesson(page, chapter);
  await scrollToFigure(page);
  const { figure, steps } = figureIn(page);
  await steps.first().focus();
  await expect(figure).toHaveAttribute('data-focus', 'samples');
  await page.keyboard.press('ArrowDown');
  await expect(steps.nth(1)).toBeFocused();
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(figure).toHaveAttribute('data-focus', 'density');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // already at the last step: stays there
  await expect(steps.nth(3)).toBeFocused();
  await expect(figure).toHaveAttribute('data-focus', 'likelihood');
  await page.keyboard.press('ArrowUp');
  await expect(figure).toHaveAttribute('data-focus', 'agree');
});

test('a slider redraws the figure and updates its readout and every <Value>', async ({ page }) => {
  await gotoLesson(page, chapter);
  await scrollToFigure(page);
  const { block, figure } = figureIn(page);
  const slider = block.getByRole('slider', { name: 'samples n' });
  await expect(slider).toHaveValue('200');
  const svgBefore = await figure.locator('svg').first().innerHTML();

  await slider.fill('3000');
  await expect(block.locator('.sbs-value[data-param="n"]').first()).toHaveText('3000');
  await expect(block.locator('.sbs-value[data-param="n"]')).toHaveText(['3000', '3000']);
  await expect(block.locator('.sbs-param output').first()).toHaveText('3000');
  await expect(slider).toHaveAttribute('aria-valuetext', '3000');
  await expect.poll(() => figure.locator('svg').first().innerHTML()).not.toBe(svgBefore);

  // The keyboard moves sliders too, by one step, and the arrow keys stay with the slider.
  const bend = block.getByRole('slider', { name: 'bend b' });
  await bend.focus();
  await page.keyboard.press('ArrowRight');
  await expect(block.locator('.sbs-value[data-param="bend"]')).toHaveText('1.6');
  await expect(figure).toHaveAttribute('data-focus', '');
});

test('the side-by-side stacks on a phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await gotoLesson(page, chapter);
  await scrollToFigure(page);
  const { block, steps } = figureIn(page);
  const stepBox = (await steps.first().boundingBox())!;
  const figureBox = (await block.locator('.sbs-figure').boundingBox())!;
  expect(figureBox.y).toBeGreaterThan(stepBox.y + stepBox.height - 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the drawn figure, an active step and the sliders pass axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoLesson(page, chapter);
    await scrollToFigure(page);
    const { steps } = figureIn(page);
    await steps.nth(3).hover();
    await expect(steps.nth(3)).toHaveAttribute('aria-current', 'step');
    const violations = await axeViolations(page, { include: ['.side-by-side'] });
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('the figure redraws to its column width and draws text in the theme colour', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1400, height: 900 });
  await gotoLesson(page, chapter);
  await scrollToFigure(page);
  const { figure } = figureIn(page);
  const svg = figure.locator('.plot-figure-canvas > svg');
  const frameWidth = async () => Math.floor((await figure.locator('.plot-figure-frame').boundingBox())!.width);
  await expect.poll(async () => Number(await svg.getAttribute('width'))).toBe(await frameWidth());
  const wide = Number(await svg.getAttribute('width'));

  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(async () => Number(await svg.getAttribute('width'))).toBe(await frameWidth());
  expect(Number(await svg.getAttribute('width'))).not.toBe(wide);

  const [textColour, pageColour] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('.plot-figure-canvas svg text')!).fill,
    getComputedStyle(document.body).color,
  ]);
  expect(textColour).toBe(pageColour);
});
