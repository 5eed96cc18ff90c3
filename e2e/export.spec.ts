import fs from 'node:fs';
import { test, expect } from './fixtures';

// Routes that exist only under `next dev` (`*.dev.ts`, next.config.mjs) must not ship.
test('the export has no dev-only routes', async ({ page, consoleErrors }) => {
  expect(fs.existsSync('out/index.html'), 'out/ is built').toBe(true);
  expect(fs.existsSync('out/dev'), 'out/dev/ exists').toBe(false);
  const response = await page.goto('/dev/content-version');
  expect(response!.status()).toBe(404);
  // The browser logs the 404 response itself; that is the expected outcome here.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('404')));
});
