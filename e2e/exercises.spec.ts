import { axeViolations } from './axe';
import type { Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { setExerciseCode } from './cell-helpers';

// Issue 20, "Exercises that teach when the answer is wrong", as a learner meets it on the JSD exercise.
const chapter = 'kl-and-jsd';
const id = 'jsd-discrete';
const exercise = (page: Page) => page.locator(`[data-exercise="${id}"]`);
// A page's first Check starts its kernel (tfjs and all), which can take a while on a busy machine.
const FIRST_CHECK = { timeout: 60_000 };

async function reload(page: Page) {
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** The learner's own JSD, or one with a slip: M = w·(P + Q). */
const jsd = (w = '0.5') =>
  [
    'function jsd(p, q) {',
    '  let d = 0;',
    '  for (let i = 0; i < p.length; i++) {',
    `    const m = ${w} * (p[i] + q[i]);`,
    '    if (p[i] > 0) d += 0.5 * p[i] * Math.log(p[i] / m);',
    '    if (q[i] > 0) d += 0.5 * q[i] * Math.log(q[i] / m);',
    '  }',
    '  return d;',
    '}',
  ].join('\n');

test.beforeEach(async ({ page }) => {
  await gotoLesson(page, chapter);
});

test('hints are revealed one at a time and are still there after a reload', async ({ page }) => {
  const ex = exercise(page);
  const hints = ex.locator('.exercise-hint');
  await expect(hints).toHaveCount(0);
  await ex.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText('Hint 1 of 3');
  await expect(hints.first()).toContainText('Build the mixture first');
  await ex.getByRole('button', { name: 'Show a hint (2 of 3)' }).click();
  await expect(hints).toHaveCount(2);
  await expect(hints.nth(1)).toContainText('the distribution in front of the log');

  await reload(page);
  await expect(hints).toHaveCount(2);
  await expect(hints.nth(1)).toContainText('Hint 2 of 3');
  await ex.getByRole('button', { name: 'Show a hint (3 of 3)' }).click();
  await expect(hints).toHaveCount(3);
  // The button goes once every hint is shown; focus moves to the last hint instead of being lost.
  await expect(ex.getByRole('button', { name: /Show a hint/ })).toHaveCount(0);
  await expect(hints.nth(2)).toBeFocused();
  await reload(page);
  await expect(hints).toHaveCount(3);
});

test('a typical wrong answer is named, not only shown as expected vs actual', async ({ page }) => {
  const ex = exercise(page);
  await setExerciseCode(page, id, jsd('1'));
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toContainText('a check recognised a typical mistake', FIRST_CHECK);
  const named = ex.locator('.check-fail', { hasText: 'worked value: jsd([0.9, 0.1], [0.2, 0.8])' });
  await expect(named.locator('.check-mistake')).toHaveText(
    'Typical mistake: you forgot the ½ in the mixture: M = (P + Q)/2, not P + Q, which makes the result log 2 too small',
  );
  await expect(named.locator('.check-message')).toContainText('expected 0.2753961152487704 ± 1e-12, got -0.41775106531117');

  // Hints, named mistakes and the solution note read well in both themes.
  await ex.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await ex.getByRole('button', { name: 'Load the solution into the editor' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    if ((await page.locator('html').getAttribute('data-theme')) !== scheme) await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const violations = await axeViolations(page, { include: [`[data-exercise="${id}"]`] });
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      scheme,
    ).toEqual([]);
  }
});

test('loading the solution and checking counts as solved with the solution shown, on the exercise and on /progress', async ({ page }) => {
  const ex = exercise(page);
  await ex.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await ex.getByRole('button', { name: 'Load the solution into the editor' }).click();
  await expect(ex.locator('.exercise-solution-note')).toContainText('a Check now counts as solved with the solution shown');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toContainText('this counts as solved with the solution shown, not as passed', FIRST_CHECK);
  await expect(ex.locator('.exercise-solution-shown')).toHaveText('Solved with the solution shown');
  await expect(ex.locator('.exercise-passed')).toHaveCount(0);

  // Editing the loaded solution does not make it the learner's own.
  await reload(page);
  await expect(ex.locator('.exercise-solution-shown')).toHaveText('Solved with the solution shown');
  await setExerciseCode(page, id, `${jsd()}\n// tidied up`);
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toContainText('solved with the solution shown', FIRST_CHECK);

  await page.goto('/progress');
  const row = page.locator(`.progress-chapter[data-slug="${chapter}"] .progress-checks tr[data-check="${id}"]`);
  await expect(row).toContainText('Solved with the solution shown (2 checks) · 1 hint shown');
  await expect(row).toHaveAttribute('data-done', 'false');

  // Reset starts an attempt of the learner's own, which passes.
  await gotoLesson(page, chapter);
  await ex.getByRole('button', { name: 'Reset' }).click();
  await expect(ex.locator('.exercise-solution-note')).toHaveCount(0);
  await setExerciseCode(page, id, jsd());
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-verdict')).toHaveText('All checks passed. Well done!', FIRST_CHECK);
  await expect(ex.locator('.exercise-passed')).toBeVisible();
  await page.goto('/progress');
  await expect(row).toContainText('Passed (3 checks) · 1 hint shown');
  await expect(row).toHaveAttribute('data-done', 'true');
});

test('the exercise box starts with its title, and the solution’s code is set like the editor’s', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const ex = exercise(page);
  await ex.getByRole('button', { name: 'Show solution' }).click();
  const box = await ex.evaluate((el) => {
    const style = (e: Element) => getComputedStyle(e);
    const title = el.querySelector('.exercise-title')!;
    return {
      gap:
        title.getBoundingClientRect().top -
        el.getBoundingClientRect().top -
        parseFloat(style(el).paddingTop) -
        parseFloat(style(el).borderTopWidth),
      editor: style(el.querySelector('.cell-code .cell-placeholder')!).font,
      solution: style(el.querySelector('.exercise-solution pre')!).font,
      editorPad: style(el.querySelector('.cell-code .cell-placeholder')!).padding,
      solutionPad: style(el.querySelector('.exercise-solution pre')!).padding,
    };
  });
  expect(box.gap).toBeLessThanOrEqual(1);
  expect(box.solution).toBe(box.editor);
  expect(box.solutionPad).toBe(box.editorPad);
});
