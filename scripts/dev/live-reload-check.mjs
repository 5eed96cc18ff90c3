// Checks that `next dev` shows content edits without a reload: a chapter's MDX, its colocated
// figure, course.json, and a chapter created while the site is open (with its draft badge).
// Runs on a copy of content/ (MINIMAX_CONTENT_DIR), so the real chapters are never touched.
// Usage: node scripts/dev/live-reload-check.mjs [port]   (stop any other `next dev` of this checkout first)
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../find-chromium.mjs';

const port = Number(process.argv[2] ?? 3203);
const base = `http://localhost:${port}`;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-live-'));
fs.cpSync('content', root, { recursive: true });
const env = { ...process.env, MINIMAX_CONTENT_DIR: root, NEXT_TELEMETRY_DISABLED: '1' };
const dev = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '-p', String(port)], {
  env,
  detached: true,
  stdio: 'ignore',
});

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/dev/content-version`)).ok) return;
    } catch {
      // Not listening yet: try again.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next dev did not answer on ${base}`);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  await waitForServer();
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const sameDocument = () => page.evaluate(() => window.__liveMarker === true);
  const step = async (what, change, expectation) => {
    const t0 = Date.now();
    change();
    await expectation.waitFor({ timeout: 60_000 });
    if (!(await sameDocument())) throw new Error(`${what}: the page reloaded instead of refreshing`);
    console.log(`ok  ${what} (${Date.now() - t0} ms, no reload)`);
  };

  // next dev may reload a page once while it compiles it for the first time; let that happen first.
  // The first request compiles the page; on a busy machine that takes minutes.
  page.setDefaultTimeout(180_000);
  await page.goto(`${base}/`);
  await page.waitForTimeout(5000);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 120_000 });
  await page.evaluate(() => (window.__liveMarker = true));

  const slug = 'live-reload-check';
  const dir = path.join(root, slug);
  await step(
    'a new chapter appears on the open home page as a draft',
    () => {
      execFileSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/new-chapter.ts', 'Live reload check'], { env, stdio: 'ignore' });
      // A figure without the figure kit, so this check depends only on the pipeline.
      fs.writeFileSync(path.join(dir, 'ExampleFigure.tsx'), 'export default function ExampleFigure() { return <p>FIGURE-ONE</p>; }\n');
      const mdx = fs.readFileSync(path.join(dir, 'index.mdx'), 'utf8');
      fs.writeFileSync(
        path.join(dir, 'index.mdx'),
        `${mdx.slice(0, mdx.indexOf('{/*'))}\n## Only a figure\n\nBODY-ONE\n\n<ExampleFigure />\n`,
      );
    },
    page.locator(`[data-slug="${slug}"] .badge`, { hasText: 'draft' }),
  );
  await page.locator(`[data-slug="${slug}"] a`).click();
  await page.getByText('FIGURE-ONE').waitFor({ timeout: 180_000 });
  console.log('ok  the new chapter opens');
  const edit = (file, from, to) => () => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
  await step('an edit to index.mdx shows', edit(path.join(dir, 'index.mdx'), 'BODY-ONE', 'BODY-TWO'), page.getByText('BODY-TWO'));
  await step(
    'an edit to the colocated figure shows',
    edit(path.join(dir, 'ExampleFigure.tsx'), 'FIGURE-ONE', 'FIGURE-TWO'),
    page.getByText('FIGURE-TWO'),
  );
  await step(
    'an edit to course.json shows',
    edit(path.join(root, 'course.json'), /"title": "[^"]*"/, '"title": "Renamed course"'),
    page.getByRole('link', { name: 'Renamed course' }),
  );
  if (errors.length) throw new Error(`console errors: ${errors.join('\n')}`);
} finally {
  await browser.close();
  process.kill(-dev.pid);
  fs.rmSync(root, { recursive: true, force: true });
}
