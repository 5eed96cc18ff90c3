import { test, expect, gotoLesson } from './fixtures';
import type { Page } from '@playwright/test';
import { PROGRESS_VERSION } from '../lib/progress/version';

const chapter = 'what-is-a-generative-model';
const KEY = 'minimax:progress';

async function answerSingleQuiz(page: Page) {
  const q = page.locator('[data-quiz="sampler-can-do"]');
  await q.getByLabel('Draw a new sample').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).toHaveText('Correct!');
}

/** The starter chapter's other three checks, answered right. */
async function completeOtherChecks(page: Page) {
  const multi = page.locator('[data-quiz="which-are-implicit"]');
  await multi.getByLabel('The generator of a GAN').check();
  await multi.getByLabel('A climate simulator').check();
  await multi.getByRole('button', { name: 'Check' }).click();
  const numeric = page.locator('[data-quiz="pushforward-density"]');
  await numeric.getByLabel('Your answer').fill('0.0997');
  await numeric.getByRole('button', { name: 'Check' }).click();
  const reflect = page.locator('[data-reflect="why-no-likelihood"]');
  await reflect.getByLabel('Your answer', { exact: true }).fill('No density formula.');
  await reflect.getByRole('button', { name: 'Show model answer' }).click();
  await reflect.getByRole('button', { name: 'Got it' }).click();
  await expect(reflect.getByRole('button', { name: 'Got it' })).toHaveAttribute('aria-pressed', 'true');
}

/**
 * Marks the chapter's exercises passed in storage, as their own Check would (exercises run code in
 * the notebook kernel and have their own tests); the ids come from the /progress page.
 */
async function passExercises(page: Page) {
  await page.goto('/progress');
  const ids = await page
    .locator('.progress-checks tr[data-check]', { hasText: 'Exercise' })
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-check')!));
  await page.evaluate(
    ([k, slug, ids]) => {
      const p = JSON.parse(localStorage.getItem(k)!);
      for (const id of ids) p.exercises[`${slug}/${id}`] = { attempts: 1, passedAt: new Date().toISOString() };
      localStorage.setItem(k, JSON.stringify(p));
    },
    [KEY, chapter, ids] as const,
  );
}

test('home shows each chapter’s progress and a Continue link once a lesson was opened', async ({ page }) => {
  await page.goto('/');
  const card = page.locator(`.chapter-card[data-slug="${chapter}"]`);
  const label = card.locator('.chapter-progress-label');
  await expect(label).toHaveText(/^0 of \d+ checks passed$/);
  const total = Number((await label.textContent())!.match(/of (\d+)/)![1]);
  await expect(page.locator('.continue-link')).toHaveCount(0);

  await gotoLesson(page, chapter);
  await answerSingleQuiz(page);
  await page.goto('/');
  await expect(label).toHaveText(`1 of ${total} checks passed`);
  await expect(card.locator('.chapter-progress-bar > span')).toHaveAttribute('style', `width: ${Math.round(100 / total)}%;`);
  const cont = page.getByRole('link', { name: /Continue where you left off/ });
  await expect(cont).toContainText('What is a generative model?');
  await cont.click();
  await expect(page).toHaveURL(new RegExp(`/learn/${chapter}$`));

  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(page.locator('[data-quiz="sampler-can-do"] .quiz-status')).toHaveText('Correct!');
  await completeOtherChecks(page);
  await passExercises(page);
  await page.goto('/');
  await expect(label).toHaveText(`Completed: all ${total} checks passed`);
  // The lesson stamps the moment of completion when it is next opened.
  await gotoLesson(page, chapter);
  await expect
    .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).chapters, KEY))
    .toMatchObject({ [chapter]: { completedAt: expect.any(String) } });
  // Chapter 1 is finished, so "Continue" leads on to chapter 2.
  await page.goto('/');
  await expect(cont).toHaveAttribute('href', '/learn/random-variables-and-likelihood');
  await expect(cont).toContainText('Random variables as programs, and maximum likelihood');
});

test('the progress bar does not move the home page when progress arrives', async ({ page }) => {
  await gotoLesson(page, chapter);
  await answerSingleQuiz(page);
  await page.goto('/');
  // Layout shift as the browser measures it, over the whole load.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('/progress names each check by its question and links to it on the lesson', async ({ page }) => {
  await gotoLesson(page, chapter);
  await answerSingleQuiz(page);
  await page.goto('/progress');
  const row = page.locator('.progress-checks tr[data-check="sampler-can-do"]');
  await expect(row).toContainText('Correct (1 attempt)');
  // The question's first words, typeset math included, not its internal id.
  const link = row.getByRole('link', { name: /^You have trained a generator/ });
  await expect(link).toHaveAttribute('href', `/learn/${chapter}#quiz-sampler-can-do`);
  await expect(link.locator('.katex').first()).toBeVisible();
  await expect(row).not.toContainText('sampler-can-do');
  const exercise = page.locator('.progress-checks tr[data-check="gaussian-loglik"]');
  await expect(exercise.getByRole('link', { name: 'The log-likelihood of a Gaussian' })).toHaveAttribute(
    'href',
    `/learn/${chapter}#exercise-gaussian-loglik-title`,
  );

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/learn/${chapter}#quiz-sampler-can-do$`));
  const quiz = page.locator('#quiz-sampler-can-do');
  await expect(quiz).toHaveAttribute('data-quiz', 'sampler-can-do');
  await expect(quiz).toBeInViewport();
  await expect(quiz.locator('.quiz-status')).toHaveText('Correct!');
});

test('export, reset and import bring progress back', async ({ page }, testInfo) => {
  await gotoLesson(page, chapter);
  await answerSingleQuiz(page);
  await page.goto('/progress');
  const row = page.locator('.progress-checks tr[data-check="sampler-can-do"]');
  await expect(row).toContainText('Correct (1 attempt)');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8')).quizzes[`${chapter}/sampler-can-do`].correct).toBe(
    true,
  );

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(row).toContainText('Not answered');
  await expect(page.locator('.progress-message')).toHaveText('All progress was reset.');

  await page.getByLabel('Import progress…').setInputFiles(file);
  await expect(page.locator('.progress-message')).toHaveText('Imported progress from progress.json.');
  await expect(row).toContainText('Correct (1 attempt)');

  await gotoLesson(page, chapter);
  await expect(page.locator('[data-quiz="sampler-can-do"]').getByLabel('Draw a new sample')).toBeChecked();
});

test('importing a bad file explains the problem and changes nothing', async ({ page }) => {
  await gotoLesson(page, chapter);
  await answerSingleQuiz(page);
  await page.goto('/progress');
  const input = page.getByLabel('Import progress…');
  const message = page.locator('.progress-message');

  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(message).toContainText('notes.json is not JSON');
  await expect(message).toContainText('Your current progress was not changed.');

  const wrongShape = {
    version: 1,
    chapters: {},
    quizzes: { 'x/y': { answer: [0], attempts: 'many', correct: true, updatedAt: 'now' } },
    exercises: {},
    cells: {},
  };
  await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrongShape)) });
  await expect(message).toContainText('other.json is not a Minimax progress file: 1 entry cannot be read (quizzes.x/y.attempts');

  // Bigger than any progress file: refused before it is read.
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, 32) });
  await expect(message).toContainText('huge.json is 5.0 MB, more than a progress file can be');
  await expect(message).toContainText('Your current progress was not changed.');

  await expect(page.locator('.progress-checks tr[data-check="sampler-can-do"]')).toContainText('Correct (1 attempt)');
});

test('corrupt saved data shows a notice, is kept under a backup key, and the page still works', async ({ page }) => {
  const stored = '{"version":1,"chapters":';
  // Write after the home page has hydrated and read storage, so the lesson is the first to meet the bad data.
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, stored] as const);
  await gotoLesson(page, chapter);

  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('It is kept as a backup, and a fresh record was started.');
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('minimax:progress:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual([stored]);

  await answerSingleQuiz(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(page.locator('[data-quiz="sampler-can-do"] .quiz-status')).toHaveText('Correct!');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
});

test('a second tab sees answers given in the first without reloading', async ({ page, context }) => {
  await page.goto('/progress');
  const row = page.locator('.progress-checks tr[data-check="sampler-can-do"]');
  await expect(row).toContainText('Not answered');
  const other = await context.newPage();
  await gotoLesson(other, chapter);
  await answerSingleQuiz(other);
  await expect(row).toContainText('Correct (1 attempt)');
  await other.close();
});

test('progress saved by an older version is migrated and shown, with no notice', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  // Version 0: the unversioned shape lib/progress/migrate.ts upgrades from.
  const v0 = { visited: [chapter], answers: { [`${chapter}/sampler-can-do`]: { answer: [0], correct: true, attempts: 3 } } };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(v0)] as const);
  await page.goto('/progress');
  await expect(page.locator('.progress-checks tr[data-check="sampler-can-do"]')).toContainText('Correct (3 attempts)');
  await expect(page.locator('.storage-notice')).toHaveCount(0);
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(saved.version).toBe(PROGRESS_VERSION);
  // The record as the older version wrote it is kept, so a faulty migration cannot lose it.
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('minimax:progress:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual([JSON.stringify(v0)]);
});

test('a full storage quota is reported, the answer stays on the page, and saving resumes once there is room', async ({ page }) => {
  await gotoLesson(page, chapter);
  // Fill this origin's storage to the last byte the browser allows.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await answerSingleQuiz(page);
  const notice = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(notice).toBeVisible();
  await expect(page.locator('[data-quiz="sampler-can-do"] .quiz-status')).toHaveText('Correct!');

  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
  });
  const multi = page.locator('[data-quiz="which-are-implicit"]');
  await multi.getByLabel('The generator of a GAN').check();
  await multi.getByRole('button', { name: 'Check' }).click();
  await expect(notice).toHaveCount(0);
  const saved = await page.evaluate((k) => Object.keys(JSON.parse(localStorage.getItem(k)!).quizzes), KEY);
  expect(saved.sort()).toEqual([`${chapter}/sampler-can-do`, `${chapter}/which-are-implicit`]);
});

test('two tabs answering at the same moment both keep their answers', async ({ page, context }) => {
  const other = await context.newPage();
  await gotoLesson(page, chapter);
  await gotoLesson(other, chapter);
  const single = page.locator('[data-quiz="sampler-can-do"]');
  const numeric = other.locator('[data-quiz="pushforward-density"]');
  await single.getByLabel('Draw a new sample').check();
  await numeric.getByLabel('Your answer').fill('0.0997');
  // Both Checks are dispatched together, so neither tab has seen the other's write yet.
  await Promise.all([
    single.getByRole('button', { name: 'Check' }).evaluate((b: HTMLElement) => b.click()),
    numeric.getByRole('button', { name: 'Check' }).evaluate((b: HTMLElement) => b.click()),
  ]);
  await expect(single.locator('.quiz-status')).toHaveText('Correct!');
  await expect(numeric.locator('.quiz-status')).toContainText('Correct!');
  await other.close();
  await page.goto('/progress');
  await expect(page.locator('.progress-checks tr[data-check="sampler-can-do"]')).toContainText('Correct (1 attempt)');
  await expect(page.locator('.progress-checks tr[data-check="pushforward-density"]')).toContainText('Correct (1 attempt)');
});
