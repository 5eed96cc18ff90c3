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
  for (const name of ['Chapter layout', 'Frontmatter', 'Math', 'Callouts', 'Cells', 'Quizzes', 'Exercises', 'Test a chapter']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const examples = page.locator('figure.example');
  expect(await examples.count()).toBeGreaterThanOrEqual(3);
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
  await expect(page).toHaveURL(/\/learn\/what-is-a-generative-model#two-questions$/);
  await expect(page.locator('#two-questions')).toBeInViewport();
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
