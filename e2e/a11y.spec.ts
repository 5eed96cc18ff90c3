import { axeViolations } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonPaths, sitePaths } from './site-pages';

/**
 * The dark theme swaps colours only (CSS custom properties on the same DOM), so in it the rules
 * that read colours are the ones that can find something new; the full set runs in the light
 * theme and on the phone. On a lesson this halves the dark run (about 8 of 13 s are other rules).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoViolations(page: Page, where: string, rules?: string[]) {
  const violations = await axeViolations(page, { rules });
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

// One test per page and theme: a single test walking every page outgrew any fair timeout on a busy machine.
for (const scheme of ['light', 'dark'] as const) {
  for (const path of sitePaths) {
    test(`${path} has no axe violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoViolations(page, `${path} (${scheme})`, scheme === 'dark' ? COLOUR_RULES : undefined);
    });
  }
}

for (const path of lessonPaths) {
  test(`${path} has no axe violations on a 360 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await expectNoViolations(page, `${path} (360 px)`);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`answered quizzes, with their feedback and explanations, have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/learn/what-is-a-generative-model');
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // Right, partly right (wrong and missed choices explained), out of tolerance, and a revealed model answer.
    const single = page.locator('[data-quiz="sampler-can-do"]');
    await single.getByLabel('Draw a new sample').check();
    await single.getByRole('button', { name: 'Check' }).click();
    const multi = page.locator('[data-quiz="which-are-implicit"]');
    await multi.getByLabel('The generator of a GAN').check();
    await multi.getByRole('button', { name: 'Check' }).click();
    const numeric = page.locator('[data-quiz="pushforward-density"]');
    await numeric.getByLabel('Your answer').fill('5');
    await numeric.getByRole('button', { name: 'Check' }).click();
    const reflect = page.locator('[data-reflect="why-no-likelihood"]');
    await reflect.getByLabel('Your answer', { exact: true }).fill('No density formula.');
    await reflect.getByRole('button', { name: 'Show model answer' }).click();
    for (const quiz of [single, multi, numeric]) await expect(quiz.locator('.quiz-status')).not.toBeEmpty();
    await expect(reflect.getByRole('button', { name: 'Got it' })).toBeVisible();

    const violations = await axeViolations(page, { include: ['[data-quiz]', '[data-reflect]'] });
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

// The tests above pass only if axe finds nothing: check that it runs and reports, on a page spoiled
// on purpose with a nameless button and text too faint to read.
test('the axe check reports violations where there are some', async ({ page }) => {
  await page.goto('/learn/kl-and-jsd');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.evaluate(() => {
    const spoiled = document.createElement('div');
    spoiled.innerHTML = '<button></button><p style="color:#eee;background:#fff">faint</p>';
    document.querySelector('article')!.prepend(spoiled);
  });
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toContain('button-name');
  expect(ids).toContain('color-contrast');
  expect((await axeViolations(page, { rules: ['color-contrast'] })).map((v) => v.id)).toEqual(['color-contrast']);
  expect(await axeViolations(page, { include: ['header'] })).toEqual([]);
});
