import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function pagesOfSite(page: Page): Promise<string[]> {
  await page.goto('/');
  const lessons = await page.locator('.chapter-card h3 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  return ['/', ...lessons, '/progress', '/authoring'];
}

async function expectNoViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every page has no axe violations in the ${scheme} theme`, async ({ page, consoleErrors }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of await pagesOfSite(page)) {
      const response = await page.goto(path);
      if (response?.status() === 404) {
        // A page that does not exist yet (e.g. while a feature lands) is not an accessibility failure.
        consoleErrors.length = 0;
        continue;
      }
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoViolations(page, `${path} (${scheme})`);
    }
  });
}

test('every lesson has no axe violations on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of (await pagesOfSite(page)).filter((p) => p.startsWith('/learn/'))) {
    await page.goto(path);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await expectNoViolations(page, `${path} (360 px)`);
  }
});
