import { expect, type Page, type Worker } from '@playwright/test';

/**
 * Driving a lesson's notebook as a learner does: Run all, each exercise's Check, waiting for
 * every run to end. Shared by the e2e suites (which assert on what comes back) and the bench
 * (which reports it), so this module uses Playwright's page API only, never `expect`.
 */

/** A cell must finish within this budget (the chapter bar: under 60 s on a 2-core machine). */
export const CELL_BUDGET_MS = 60_000;

export interface RunOutcome {
  id: string;
  /** The status line, e.g. "Done in 1.2 s · backend wasm · no tensors leaked". */
  status: string;
  output: string;
}

const ENDED = /^(Done|Ended)\b/;

async function waitForEnd(page: Page, root: ReturnType<Page['locator']>, what: string): Promise<RunOutcome> {
  const status = root.locator('.cell-status').first();
  try {
    await status.filter({ hasText: ENDED }).waitFor({ timeout: CELL_BUDGET_MS });
  } catch {
    throw new Error(
      `${what} did not finish within ${CELL_BUDGET_MS / 1000} s; its status: "${await status.innerText({ timeout: 1_000 }).catch(() => '(none shown)')}"`,
    );
  }
  return {
    id: what,
    status: await status.innerText(),
    output: await root
      .locator('.cell-output')
      .first()
      .innerText()
      .catch(() => ''),
  };
}

/**
 * Clicks Run all and waits for each cell in page order. Run all stops at the first cell that
 * fails, so the outcomes end with that cell; a clean run returns one "Done" per cell.
 */
export async function runAllCells(page: Page): Promise<RunOutcome[]> {
  const cells = page.locator('[data-cell]');
  const count = await cells.count();
  if (count === 0) return [];
  await page.getByRole('toolbar', { name: 'Page kernel' }).getByRole('button', { name: 'Run all' }).click();
  const outcomes: RunOutcome[] = [];
  for (let i = 0; i < count; i++) {
    const cell = cells.nth(i);
    const outcome = await waitForEnd(page, cell, `cell ${await cell.getAttribute('data-cell')}`);
    outcomes.push(outcome);
    if (!outcome.status.startsWith('Done')) break;
  }
  return outcomes;
}

/** Checks every exercise with whatever code its editor holds (the starter, unless edited). */
export async function checkEveryExercise(page: Page): Promise<RunOutcome[]> {
  const exercises = page.locator('[data-exercise]');
  const outcomes: RunOutcome[] = [];
  for (let i = 0; i < (await exercises.count()); i++) {
    const ex = exercises.nth(i);
    const verdict = ex.locator('.exercise-verdict');
    await ex.getByRole('button', { name: 'Check' }).click();
    outcomes.push(await waitForEnd(page, ex, `exercise ${await ex.getAttribute('data-exercise')}`));
    // The verdict is written after the run's done message: wait for it so the next Check finds the button enabled.
    await verdict.filter({ hasText: /\S/ }).waitFor({ timeout: CELL_BUDGET_MS });
  }
  return outcomes;
}

/** The page's cell kernel (a Web Worker named "minimax-kernel"), or null when none is running. */
export async function kernelWorker(page: Page): Promise<Worker | null> {
  for (const worker of page.workers()) {
    const name = await worker.evaluate(() => (globalThis as unknown as { name: string }).name).catch(() => '');
    if (name === 'minimax-kernel') return worker;
  }
  return null;
}

/**
 * The kernel's live tfjs tensors, read through the browser's debugging protocol (as DevTools
 * would), so cell code has no new API to misuse and the count includes nothing of ours.
 */
export async function kernelTensors(worker: Worker): Promise<number> {
  return worker.evaluate(() => (globalThis as unknown as { tf: { memory(): { numTensors: number } } }).tf.memory().numTensors);
}

/**
 * Moves to the next chapter with its "Next" link: a client-side navigation, the same page session.
 * Blocks off screen are laid out only when scrolled near (content-visibility: auto, lesson.css), so
 * scrolling to the link grows the blocks above it and moves it down for a frame or two. A reader
 * never clicks that fast; a test under load can, and its click then lands beside the link. So the
 * link is brought into view first, and clicked once its position has held still for 300 ms.
 */
export async function followNextChapter(page: Page, slug: string): Promise<void> {
  const next = page.locator('nav.prev-next a[rel="next"]');
  await next.scrollIntoViewIfNeeded();
  let last = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await next.boundingBox());
        const still = box === last;
        last = box;
        return still;
      },
      { message: 'the Next link stops moving once it is in view', intervals: [300] },
    )
    .toBe(true);
  await next.click();
  await page.waitForURL(new RegExp(`/learn/${slug}/?$`));
  await page.locator(`[data-cell], [data-exercise]`).first().waitFor();
}
