import { test, expect, gotoLesson } from './fixtures';

const starter = 'what-is-a-generative-model';

test('home lists the chapters in order with summary and minutes', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.chapter-card');
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().locator('h3')).toContainText('What is a generative model?');
  await expect(cards.first().locator('.meta')).toContainText('min');
});

test('a chapter renders typeset math with MathML for screen readers', async ({ page }) => {
  await gotoLesson(page, starter);
  await expect(page.locator('h1')).toContainText('What is a generative model?');
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('.katex-display').first()).toBeVisible();
  expect(await page.locator('.katex-mathml math').count()).toBeGreaterThan(0);
  // No KaTeX JavaScript is shipped: the math came typeset in the HTML.
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  for (const src of scripts) expect(await (await page.request.get(src)).text()).not.toContain('KaTeX parse error');
});

test('table of contents links jump to their headings', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await gotoLesson(page, starter);
  const link = page.locator('.toc a').nth(1);
  const id = (await link.getAttribute('href'))!.slice(1);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('previous and next links walk the course in order', async ({ page }) => {
  await page.goto('/');
  const slugs = await page.locator('.chapter-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')!));
  test.skip(slugs.length < 2, 'needs two chapters');
  await gotoLesson(page, slugs[0]);
  await page.locator('.prev-next a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/learn/${slugs[1]}$`));
  await page.locator('.prev-next a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`/learn/${slugs[0]}$`));
});

test('an unknown chapter gives the 404 page', async ({ page, consoleErrors }) => {
  const response = await page.goto('/learn/no-such-chapter');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Page not found');
  // The browser logs the 404 response itself; that is the expected outcome here.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('404')));
});

test('the dark theme toggle persists across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoLesson(page, starter);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 26)');
});

test('search finds a lesson section and opens it (Ctrl+K)', async ({ page }) => {
  await gotoLesson(page, starter);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search lessons' }).fill('density');
  const first = page.locator('#search-results [role="option"]').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/.+/);
});

test('the lesson fits a 360 px wide phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await gotoLesson(page, starter);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the site installs as an app: a web manifest with 192 and 512 px icons, any and maskable', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({ short_name: 'Minimax', start_url: '/', display: 'standalone', theme_color: expect.any(String) });
  for (const purpose of ['any', 'maskable'])
    expect(manifest.icons.filter((i: { purpose: string }) => i.purpose === purpose).map((i: { sizes: string }) => i.sizes)).toEqual([
      '192x192',
      '512x512',
    ]);
  for (const icon of manifest.icons) {
    const image = await page.request.get(icon.src);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});
