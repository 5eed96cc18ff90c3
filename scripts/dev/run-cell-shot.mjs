// Run one cell of a lesson and screenshot it: node scripts/dev/run-cell-shot.mjs SLUG CELL_ID out.png
import { chromium } from '@playwright/test';
const [slug, id, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1300, height: 1000 } });
p.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await p.goto(`http://localhost:3000/learn/${slug}`);
await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
const cell = p.locator(`[data-cell="${id}"]`);
const t0 = Date.now();
await cell.getByRole('button', { name: 'Run', exact: true }).click();
await cell
  .locator('.cell-status')
  .filter({ hasText: /Done|Ended/ })
  .waitFor({ timeout: 120000 });
console.log('status:', await cell.locator('.cell-status').innerText(), `(${Date.now() - t0} ms)`);
await cell.screenshot({ path: out });
await b.close();
