import { test, expect, gotoLesson } from './fixtures';
import type { Page } from '@playwright/test';

const chapter = 'what-is-a-generative-model';
const quiz = (page: Page, id: string) => page.locator(`[data-quiz="${id}"]`);
const choice = (page: Page, id: string, text: string) => quiz(page, id).locator('.quiz-choice', { hasText: text });

test('a single-answer quiz: wrong with its explanation, then right, and kept after a reload', async ({ page }) => {
  await gotoLesson(page, chapter);
  const q = quiz(page, 'sampler-can-do');
  await expect(q.locator('.quiz-kind')).toHaveText('Choose one answer');
  await expect(q.getByRole('radio')).toHaveCount(4);

  await q.getByLabel('Evaluate the density').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toHaveText('Not quite. Read why below, then try again.');
  const wrong = choice(page, 'sampler-can-do', 'Evaluate the density');
  await expect(wrong).toHaveAttribute('data-verdict', 'wrong');
  await expect(wrong.locator('.quiz-feedback')).toContainText('has no formula');
  // A wrong pick in a single-answer quiz does not give the right one away.
  await expect(choice(page, 'sampler-can-do', 'Draw a new sample')).not.toHaveAttribute('data-verdict', /.+/);
  await expect(q.getByRole('radio').first()).toBeDisabled();

  await q.getByRole('button', { name: 'Try again' }).click();
  await q.getByLabel('Draw a new sample').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toHaveText('Correct!');
  await expect(choice(page, 'sampler-can-do', 'Draw a new sample')).toHaveAttribute('data-verdict', 'right');
  // Once right, every choice explains itself.
  await expect(choice(page, 'sampler-can-do', 'Find the')).toContainText('not invertible');

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(q.getByLabel('Draw a new sample')).toBeChecked();
  await expect(q.locator('.quiz-status')).toHaveText('Correct!');
});

test('a select-all quiz: partial selection flags wrong and missed choices, then the full set is right', async ({ page }) => {
  await gotoLesson(page, chapter);
  const q = quiz(page, 'which-are-implicit');
  await expect(q.locator('.quiz-kind')).toHaveText('Select all that apply');
  await expect(q.getByRole('checkbox')).toHaveCount(5);

  await q.getByLabel('The generator of a GAN').check();
  await q.getByLabel('A Gaussian').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toHaveText('Not quite: 1 of 2 correct answers selected, 1 wrong choice selected.');
  await expect(choice(page, 'which-are-implicit', 'generator of a GAN')).toHaveAttribute('data-verdict', 'right');
  await expect(choice(page, 'which-are-implicit', 'A Gaussian')).toHaveAttribute('data-verdict', 'wrong');
  await expect(choice(page, 'which-are-implicit', 'A Gaussian')).toContainText('Explicit: its density');
  const missed = choice(page, 'which-are-implicit', 'climate simulator');
  await expect(missed).toHaveAttribute('data-verdict', 'missed');
  await expect(missed).toContainText('Missed: this one is also correct.');

  await q.getByRole('button', { name: 'Try again' }).click();
  await expect(q.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await q.getByLabel('The generator of a GAN').check();
  await q.getByLabel('A climate simulator').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toHaveText('Correct!');

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(q.getByLabel('A climate simulator')).toBeChecked();
  await expect(q.getByLabel('A Gaussian')).not.toBeChecked();
});

test('Show answer appears after two wrong attempts and marks the answer', async ({ page }) => {
  await gotoLesson(page, chapter);
  const q = quiz(page, 'sampler-can-do');
  for (const wrong of ['Evaluate the density', 'Find the']) {
    await expect(q.getByRole('button', { name: 'Show answer' })).toHaveCount(0);
    await q.getByLabel(wrong).check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.locator('.quiz-status')).toContainText('Not quite');
    if (wrong === 'Evaluate the density') await q.getByRole('button', { name: 'Try again' }).click();
  }
  await q.getByRole('button', { name: 'Show answer' }).click();
  await expect(q.locator('.quiz-status')).toHaveText('The answer is marked above, with why each choice is right or wrong.');
  await expect(q.getByLabel('Draw a new sample')).toBeChecked();
  await expect(choice(page, 'sampler-can-do', 'Draw a new sample')).toHaveAttribute('data-verdict', 'right');
});

test('a numeric quiz rejects garbage, grades outside and inside the tolerance', async ({ page }) => {
  await gotoLesson(page, chapter);
  const q = quiz(page, 'pushforward-density');
  const input = q.getByLabel('Your answer');
  const status = q.locator('.quiz-status');

  await input.fill('about 0.1');
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(status).toHaveText('"about 0.1" is not a number. Enter a number such as 0.69, -2, .5 or 1e-3.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('0,0997');
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(status).toContainText('uses a comma');
  // Mistyped input is not an attempt, so the answer is not offered yet.
  await expect(q.getByRole('button', { name: 'Show answer' })).toHaveCount(0);

  // The answer is φ(0) / f'(0) = 1 / (4√(2π)) = 0.099736; the tolerance is 0.001.
  await input.fill('0.0986');
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(status).toHaveText('Not quite: 0.0986 is too low.');
  await q.getByRole('button', { name: 'Try again' }).click();
  await expect(input).toBeFocused();
  await input.fill('0.399');
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(status).toHaveText('Not quite: 0.399 is too high.');
  await expect(q.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await q.getByRole('button', { name: 'Try again' }).click();
  await input.fill(' .0988 ');
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(status).toHaveText('Correct! 0.0988 is within the accepted range.');
  await expect(q.locator('.quiz-explain')).toContainText('Forgetting to divide by the stretch');
});

test('a reflection asks for an answer, reveals the model answer and keeps the mark', async ({ page }) => {
  await gotoLesson(page, chapter);
  const r = page.locator('[data-reflect="why-no-likelihood"]');
  await r.getByRole('button', { name: 'Show model answer' }).click();
  await expect(r.locator('.quiz-status')).toContainText('Write your answer first');
  await expect(r.getByLabel('Your answer', { exact: true })).toBeFocused();
  await expect(r.locator('.quiz-model-answer')).toHaveCount(0);

  await r.getByLabel('Your answer', { exact: true }).fill('There is no formula for the density of G(z).');
  await r.getByRole('button', { name: 'Show model answer' }).click();
  await expect(r.locator('.quiz-model-answer')).toContainText('Fréchet Inception Distance');
  await r.getByRole('button', { name: 'Not yet' }).click();
  await expect(r.getByRole('button', { name: 'Not yet' })).toHaveAttribute('aria-pressed', 'true');
  await r.getByRole('button', { name: 'Got it' }).click();
  await expect(r.getByRole('button', { name: 'Got it' })).toHaveAttribute('aria-pressed', 'true');
  await expect(r.getByRole('button', { name: 'Not yet' })).toHaveAttribute('aria-pressed', 'false');

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(r.getByLabel('Your answer', { exact: true })).toHaveValue('There is no formula for the density of G(z).');
  await expect(r.getByRole('button', { name: 'Got it' })).toHaveAttribute('aria-pressed', 'true');
});

test('a quiz can be answered wrong, retried and completed with the keyboard alone', async ({ page }) => {
  // Opening the section's link (as from the table of contents) moves the keyboard's starting point there.
  await page.goto(`/learn/${chapter}#check-your-understanding`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const q = quiz(page, 'which-are-implicit');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (
      await q
        .getByRole('checkbox')
        .first()
        .evaluate((el) => el === document.activeElement)
    )
      break;
  }
  await expect(q.getByLabel('The generator of a GAN')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter'); // implicit form submission: Check
  await expect(q.locator('.quiz-status')).toContainText('1 of 2 correct answers selected');
  await expect(q.locator('[aria-live="polite"]')).toContainText('1 of 2 correct answers selected');
  // Focus moved to Try again, so the learner does not have to hunt for it.
  await expect(q.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q.getByLabel('The generator of a GAN')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(q.getByLabel('A climate simulator')).toBeChecked();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(q.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q.locator('.quiz-status')).toHaveText('Correct!');
  await expect(q.locator('[aria-live="polite"]')).toContainText('Correct!');
});
