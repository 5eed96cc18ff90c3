/**
 * A learner who works through the whole course in one tab, moving on by the "Next" link (no
 * reload) and running a cell in each chapter: nothing crashes, and leaving a chapter throws its
 * kernel away, so the next chapter starts from zero tensors: the old kernel worker closes, and the
 * new one is not started until its first Run.
 *
 * What this walk leaves to others: e2e/chapters.spec.ts runs every cell and exercise of each
 * chapter twice in one page session and asserts the live tensors come back to the chapter's
 * baseline; `npm run bench` soaks every chapter three times in one tab and reports the heap.
 * (Until 2026-12-04 this test ran every cell twice itself, a third pass over the course on top of
 * the chapter tests and 9 of the e2e run's 34 minutes.)
 */
import type { Worker } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { CELL_BUDGET_MS, followNextChapter, kernelWorker } from './notebook';
import { publishedChapters } from './site-pages';
import { runAndWait, status } from './cell-helpers';

test('the whole course in one tab by its Next links: each chapter starts a fresh kernel and closes the last', async ({ page }) => {
  test.setTimeout(publishedChapters.length * CELL_BUDGET_MS);
  const closed = new WeakSet<Worker>();
  page.on('worker', (w) => w.on('close', () => closed.add(w)));
  let crashed = false;
  page.on('crash', () => (crashed = true));

  await gotoLesson(page, publishedChapters[0]);
  let previous: Worker | null = null;
  for (const [i, slug] of publishedChapters.entries()) {
    await test.step(slug, async () => {
      if (i > 0) {
        await followNextChapter(page, slug);
        await expect.poll(() => closed.has(previous!), { message: "the previous chapter's kernel worker is closed" }).toBe(true);
      }
      await expect(page.getByRole('toolbar', { name: 'Page kernel' })).toContainText('not started');
      expect(await kernelWorker(page), 'no kernel before the first Run').toBeNull();

      // The chapter's first cell, run as a learner would, starts its kernel.
      const first = (await page.locator('[data-cell]').first().getAttribute('data-cell'))!;
      await runAndWait(page, first);
      await expect(status(page, first), `${slug}: ${first} ran without an error`).toContainText(/^Done/);
      const worker = await kernelWorker(page);
      expect(worker, 'the chapter has a running kernel').not.toBeNull();
      previous = worker;
    });
  }

  // Leaving the course for a page without cells frees the last kernel too.
  await page.getByRole('link', { name: 'Minimax' }).first().click();
  await page.waitForURL((url) => !url.pathname.startsWith('/learn/'));
  await expect.poll(() => closed.has(previous!), { message: "the last chapter's kernel worker is closed" }).toBe(true);
  expect(crashed, 'the page did not crash').toBe(false);
});
