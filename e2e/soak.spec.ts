/**
 * Soak: a learner who works through the whole course in one tab, running every cell and
 * checking every exercise of each chapter twice, moving on by the "Next" link (no reload).
 *
 * What "back to baseline" means here. Cells keep state on purpose (top-level declarations
 * persist, as in Jupyter), so a chapter's kernel legitimately holds tensors after its cells ran:
 * that count after the first Run all is the chapter's baseline. Running everything again must
 * come back to it: the count after the 2nd repetition equals the 1st, so nothing
 * accumulates per run. And leaving a chapter must throw its kernel away, so the next chapter
 * starts from zero tensors: the old kernel worker closes, and the new one is not started until
 * its first Run. Exercises run with their starters, whose checks may fail: the point is that
 * they finish and nothing crashes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { CELL_BUDGET_MS, checkEveryExercise, followNextChapter, kernelTensors, kernelWorker, runAllCells } from './notebook';
import { publishedChapters } from './site-pages';

// Two suffice: anything a run leaks shows as growth from the first count to the second (a leak of
// three tensors per Check read 6 then 9), and a third repetition adds a minute to every test run.
const REPETITIONS = 2;

const chapters = publishedChapters.map((slug) => ({ slug, source: fs.readFileSync(path.join('content', slug, 'index.mdx'), 'utf8') }));
const runs = chapters.reduce((n, c) => n + (c.source.match(/^```\w*\s+cell\b|<Exercise\b/gm) ?? []).length, 0);

test('every cell of every chapter, twice in one page session: no crash, and tensors back to baseline', async ({ page }) => {
  // A budget per run is the bound; the soak itself takes a few minutes.
  test.setTimeout(runs * REPETITIONS * CELL_BUDGET_MS);
  const closed = new WeakSet<Worker>();
  page.on('worker', (w) => w.on('close', () => closed.add(w)));
  let crashed = false;
  page.on('crash', () => (crashed = true));

  await gotoLesson(page, chapters[0].slug);
  let previous: Worker | null = null;
  for (const [i, { slug }] of chapters.entries()) {
    await test.step(slug, async () => {
      if (i > 0) {
        await followNextChapter(page, slug);
        await expect(page.getByRole('toolbar', { name: 'Page kernel' })).toContainText('not started');
        await expect.poll(() => closed.has(previous!), { message: "the previous chapter's kernel worker is closed" }).toBe(true);
      }
      const tensors: number[] = [];
      let lastRuns: string[] = [];
      for (let rep = 1; rep <= REPETITIONS; rep++) {
        const outcomes = await runAllCells(page);
        for (const { id, status, output } of outcomes)
          expect(status, `${slug} repetition ${rep}: ${id} ran without an error:\n${output}`).toMatch(/^Done/);
        expect(outcomes.length).toBe(await page.locator('[data-cell]').count());
        const checked = await checkEveryExercise(page);
        lastRuns = [...outcomes, ...checked].map((o) => `${o.id}: ${o.status}`);
        const worker = await kernelWorker(page);
        expect(worker, 'the chapter has a running kernel').not.toBeNull();
        tensors.push(await kernelTensors(worker!));
        previous = worker;
      }
      console.log(`${slug}: live tensors after each repetition ${tensors.join(', ')}`);
      expect(
        tensors,
        `${slug}: tensors after each repetition equal the first's (the chapter's baseline); the last repetition's runs:\n${lastRuns.join('\n')}`,
      ).toEqual(tensors.map(() => tensors[0]));
    });
  }

  // Leaving the course for a page without cells frees the last kernel too.
  await page.getByRole('link', { name: 'Minimax' }).first().click();
  await page.waitForURL((url) => !url.pathname.startsWith('/learn/'));
  await expect.poll(() => closed.has(previous!), { message: "the last chapter's kernel worker is closed" }).toBe(true);
  expect(crashed, 'the page did not crash').toBe(false);
});
