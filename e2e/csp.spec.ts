import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cell, runAndWait, status } from './cell-helpers';
import { serviceWorkerPolicy, uncoveredInlineScripts } from '../scripts/csp';
import { lessonPaths } from './site-pages';

/**
 * Every exported page carries a Content-Security-Policy (scripts/add-csp.ts), and everything the
 * course does works under it: a violation is a bug either in the policy or in the page.
 */

const pages = ['/', '/progress', '/authoring', ...lessonPaths];

type Violation = { directive: string; blocked: string; sample: string };

/** Records the page's CSP violations from before its first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: Violation[] = ((window as unknown as { __csp: Violation[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
}

async function hydrated(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

for (const path of pages) {
  test(`${path} declares a policy that allows each of its inline scripts, and breaks none of it`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    const html = await response!.text();
    expect(html).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy"/);
    expect(uncoveredInlineScripts(html)).toEqual([]);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await hydrated(page);
    // The theme script ran (it is an inline script the policy must allow by hash).
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
    expect(await violations()).toEqual([]);
  });
}

test('the service worker script is sent with a policy of its own and is never cached by a host', async ({ page }) => {
  const response = await page.request.get('/sw.js');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-security-policy']).toBe(serviceWorkerPolicy);
  expect(response.headers()['cache-control']).toBe('no-cache');
});

test('the 404 page declares a policy and breaks none of it', async ({ page, consoleErrors }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/no-such-page');
  expect(response!.status()).toBe(404);
  expect(uncoveredInlineScripts(await response!.text())).toEqual([]);
  await hydrated(page);
  expect(await violations()).toEqual([]);
  // The browser logs the 404 response itself; that is the expected outcome here.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('404')));
});

test("a lesson opened from the home page runs under the home page's policy and works", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await hydrated(page);
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(/\/learn\//);
  // The App Router swapped the page in: no new document, so no new policy.
  await expect(page.locator('.toc a').first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await page.locator('[data-cell]').first().getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('[data-cell]').first().locator('.cell-status')).toContainText('Done', { timeout: 60_000 });
  expect(await violations()).toEqual([]);
});

test('under the policy a lesson trains on wasm, checks an exercise, and searches', async ({ page }) => {
  const violations = await watchViolations(page);
  const workerPolicies: Promise<string>[] = [];
  page.on('worker', (worker) => {
    workerPolicies.push(page.request.get(worker.url()).then((r) => r.headers()['content-security-policy'] ?? ''));
  });
  await page.goto('/learn/what-is-a-generative-model');
  await hydrated(page);

  await runAndWait(page, 'fit-gaussian');
  await expect(status(page, 'fit-gaussian')).toContainText('Done');
  await expect(status(page, 'fit-gaussian').locator('.cell-backend')).toHaveText('wasm');
  await runAndWait(page, 'fitted-params');
  await expect(cell(page, 'fitted-params').locator('.cell-output')).toContainText(/μ = \d\.\d{3}/);
  // The kernel ran under its own policy, which the server sends with the worker's script.
  expect(await Promise.all(workerPolicies)).toEqual([expect.stringContaining("script-src 'self' 'unsafe-eval'")]);

  const ex = page.locator('[data-exercise="gaussian-loglik"]');
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await ex.getByRole('button', { name: 'Load the solution into the editor' }).click();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toContainText('All checks pass with the solution loaded');

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search lessons' }).fill('density');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();

  expect(await violations()).toEqual([]);
});

test('an inline script the policy does not name is blocked, by the <meta> alone', async ({ page, consoleErrors }) => {
  const violations = await watchViolations(page);
  // Serve the home page as a host that sends no headers would, with one injected script.
  await page.route('/', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    const body = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, headers, body });
  });
  await page.goto('/');
  await hydrated(page);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await violations()).toEqual([{ directive: 'script-src-elem', blocked: 'inline', sample: '' }]);
  // Chromium reports the refusal on the console too; that is this test's expected outcome.
  expect(consoleErrors.join('\n')).toContain('Executing inline script violates');
  consoleErrors.splice(0, consoleErrors.length);
});
