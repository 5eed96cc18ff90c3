import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test gets a page whose console errors and uncaught exceptions fail the test,
 * because a learner's console must stay clean. A test that fails also reports the page's
 * requests that never finished: a script download that hangs shows up only that way (a Run
 * that waits for its kernel client, a link whose route never arrives).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
      const pending = new Map<string, number>();
      const started = Date.now();
      page.on('request', (r) => pending.set(r.url(), Date.now() - started));
      page.on('requestfinished', (r) => pending.delete(r.url()));
      page.on('requestfailed', (r) => pending.delete(r.url()));
      await use(errors);
      if (testInfo.status !== testInfo.expectedStatus && pending.size > 0) {
        const lines = [...pending].map(([url, at]) => `${new URL(url).pathname} (asked for at ${at} ms)`);
        await testInfo.attach('requests that never finished', { body: lines.join('\n'), contentType: 'text/plain' });
        console.log(`${testInfo.title}: requests that never finished:\n  ${lines.join('\n  ')}`);
      }
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until React has hydrated the lesson, so clicks reach their handlers. */
export async function gotoLesson(page: Page, slug: string) {
  await page.goto(`/learn/${slug}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}
