import { test, expect, gotoLesson } from './fixtures';
import { runAndWait } from './cell-helpers';
import { publishedChapters } from './site-pages';

/**
 * A lesson's HTML carries its text once: the compiled chapter that makes it interactive is a
 * separate file the page preloads (components/lesson/LessonBody.tsx), not a second copy inline.
 */

for (const slug of publishedChapters) {
  test(`${slug}: the HTML holds the chapter's text and formulas once, and its code is a file of its own`, async ({ request }) => {
    const html = await (await request.get(`/learn/${slug}`)).text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    const firstParagraph = /<article class="prose"[^>]*>[\s\S]*?<p>([^<&]{40,})/.exec(html)?.[1];
    expect(firstParagraph, 'the article prerenders its prose').toBeTruthy();
    expect(html.split(firstParagraph!.slice(0, 40)).length - 1, 'copies of the first sentence').toBe(1);
    // Display formulas occur only in the body (the header's objectives may hold inline math).
    expect(html, 'the body prerenders display formulas').toContain('katex-display');
    expect(inlineScripts, 'display formulas in inline scripts').not.toContain('katex-display');

    const src = /<link rel="preload" href="(\/chapter-code\/[^"]+\.js)" as="fetch"/.exec(html)?.[1];
    expect(src, 'the page preloads its chapter code').toBeTruthy();
    const code = await request.get(src!);
    expect(code.status()).toBe(200);
    expect(await code.text()).toContain(firstParagraph!.slice(0, 40));
  });
}

test('a lesson whose code does not download stays readable, says so, and works after a reload', async ({ page, consoleErrors }) => {
  const slug = 'kl-and-jsd';
  await page.route('**/chapter-code/**', (route) => route.abort());
  await gotoLesson(page, slug);
  const alert = page.getByRole('alert').filter({ hasText: 'did not download' });
  await expect(alert).toContainText('The text is all here');
  // The text and typeset math are still the server's, and the rest of the page works.
  await expect(page.locator('article.prose h2').first()).toBeVisible();
  expect(await page.locator('article.prose .katex').count()).toBeGreaterThan(50);
  const before = await page.locator('html').getAttribute('data-theme');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');

  await page.unroute('**/chapter-code/**');
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(alert).toHaveCount(0);
  await runAndWait(page, 'info-projection');
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Failed to load resource/.test(e)));
});

for (const [damage, body] of [
  ['cut short', 'var Component=(()=>{var __create=Object.create;'],
  ['an HTML error page', '<!doctype html><title>Oops</title><p>Something went wrong'],
] as const) {
  test(`a lesson whose code arrives damaged (${damage}) keeps its text and says so`, async ({ page }) => {
    await page.route('**/chapter-code/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body }));
    await gotoLesson(page, 'kl-and-jsd');
    await expect(page.getByRole('alert').filter({ hasText: 'arrived damaged' })).toContainText('The text is all here');
    await expect(page.locator('article.prose h2').first()).toBeVisible();
    expect(await page.locator('article.prose .katex').count()).toBeGreaterThan(50);
  });
}

test('following Next to another lesson shows its text and runs its cells without a page load', async ({ page }) => {
  await gotoLesson(page, 'what-is-a-generative-model');
  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  await page.locator('a[rel=next]').click();
  await expect(page).toHaveURL(/\/learn\/random-variables-and-likelihood$/);
  await expect(page.locator('main h1')).toHaveText(/likelihood/i);
  await expect(page.locator('article.prose h2').first()).toBeVisible();
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  const firstCell = await page.locator('[data-cell]').first().getAttribute('data-cell');
  await runAndWait(page, firstCell!);
});
