/**
 * The population lab (issue 17) as a learner meets it: a cell trains 32 seeds of each generator
 * loss as two populations, each drawn as ONE chart faceted into a panel per seed, then a summary
 * chart and printed collapse rates; and the sweep exercise passes with its solution and names a
 * slip in the learner's rule.
 */
import type { Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { cell, runButton, setExerciseCode, status } from './cell-helpers';

const chapter = 'training-dynamics';
// Training 2 × 32 GANs takes 10–40 s on 2 cores, more under load.
const RUN = { timeout: 120_000 };

/** The charts a cell drew, by caption. */
const chart = (page: Page, id: string, caption: RegExp) =>
  cell(page, id)
    .locator('figure.cell-plot')
    .filter({ has: page.locator('figcaption', { hasText: caption }) });

test('a population is one faceted chart with a panel per seed, then a summary with the collapse rate of each loss', async ({ page }) => {
  test.setTimeout(240_000);
  await gotoLesson(page, chapter);
  await runButton(page, 'collapse-rate').click();

  for (const loss of ['saturating', 'non-saturating']) {
    const clouds = chart(page, 'collapse-rate', new RegExp(`^${loss} loss: samples of each of 32 seeds`));
    // One chart (one <svg>) per population, its 32 panels labelled by seed.
    await expect(clouds).toHaveCount(1, RUN);
    await expect(clouds.locator('svg').first()).toBeVisible();
    await expect(clouds.locator('text').filter({ hasText: /^seed \d+$/ })).toHaveCount(32, RUN);
  }
  await expect(status(page, 'collapse-rate')).toContainText('Done', RUN);

  // After the run every panel carries its verdict, and the summary shows both collapse counts.
  for (const loss of ['saturating', 'non-saturating']) {
    const clouds = chart(page, 'collapse-rate', new RegExp(`^${loss} loss`));
    await expect(clouds.locator('text').filter({ hasText: /^seed \d+ · (\d\/8|diverged)/ })).toHaveCount(32);
  }
  const summary = chart(page, 'collapse-rate', /modes covered/);
  await expect(summary.locator('text').filter({ hasText: /^\d+\/32 collapsed/ })).toHaveCount(2);
  const output = cell(page, 'collapse-rate').locator('.cell-output');
  await expect(output).toContainText(/saturating: \d+ of 32 seeds collapsed \(\d+%\)/);
  await expect(output).toContainText(/non-saturating: \d+ of 32 seeds collapsed \(\d+%\)/);
});

test('the sweep exercise passes with its solution, and names a slip in the learner’s rule', async ({ page }) => {
  test.setTimeout(300_000);
  await gotoLesson(page, chapter);
  const ex = page.locator('[data-exercise="collapse-sweep"]');
  await ex.getByRole('button', { name: 'Show solution' }).click();
  const solution = await ex.locator('.exercise-solution pre').innerText();
  await ex.getByRole('button', { name: 'Hide solution' }).click();

  // One standard error as the bar instead of two.
  const slip = solution.replace("d > 2 * se ? 'more' : d < -2 * se ? 'less'", "d > se ? 'more' : d < -se ? 'less'");
  expect(slip).not.toBe(solution);
  await setExerciseCode(page, 'collapse-sweep', slip);
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toContainText('a check recognised a typical mistake', RUN);
  await expect(ex.locator('.check-mistake', { hasText: 'you used one standard error as the bar' })).toBeVisible();

  await setExerciseCode(page, 'collapse-sweep', solution);
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toHaveText('All checks passed. Well done!', RUN);
  // The learner's own sweep is drawn: one column per value of dLr.
  await expect(ex.locator('figure.cell-plot text').filter({ hasText: /^\d+\/8 collapsed/ })).toHaveCount(3);
});
