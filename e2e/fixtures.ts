import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test gets a page whose console errors and uncaught exceptions fail the test,
 * because a learner's console must stay clean.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
      await use(errors);
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
