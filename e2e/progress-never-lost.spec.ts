import { axeViolations } from './axe';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PROGRESS_VERSION } from '../lib/progress/version';
import { test, expect, gotoLesson } from './fixtures';

/** Issue 14, "Saved progress is never lost", as a learner meets it. */
const chapter = 'what-is-a-generative-model';
const KEY = 'minimax:progress';
const BACKUP = 'minimax:progress:backup:2026-01-01T00:00:00.000Z';
const answered = (id: string, answer: number[] = [0]) => ({
  [`${chapter}/${id}`]: { answer, attempts: 1, correct: true, updatedAt: '2026-01-01T00:00:00.000Z' },
});
// A record of this build's version: an older one would be migrated, and its original kept as one more backup.
const record = (quizzes: Record<string, unknown>, version = PROGRESS_VERSION) =>
  JSON.stringify({ version, chapters: {}, quizzes, exercises: {}, cells: {}, drawings: {} });

async function store(page: Page, entries: [string, string][]) {
  // After the home page has read storage, so the next page is the first to meet these records.
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), entries);
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const backups = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('minimax:progress:backup:'))
      .map((k) => localStorage.getItem(k)),
  );

/** Fills this origin's storage to the last byte the browser allows. */
async function fillStorage(page: Page) {
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
}
const freeStorage = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).forEach((k) => k.startsWith('filler-') && localStorage.removeItem(k)));

async function answer(page: Page, quiz: 'sampler-can-do' | 'which-are-implicit') {
  const q = page.locator(`[data-quiz="${quiz}"]`);
  await q.getByLabel(quiz === 'sampler-can-do' ? 'Draw a new sample' : 'The generator of a GAN').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('.quiz-status')).not.toBeEmpty();
}

test('an unreadable record is left as it was while storage is too full to back it up, then backed up once there is room', async ({
  page,
}) => {
  // Longer than a fresh record, so the browser would let a write over it through.
  const corrupt = `{"version":1,"quizzes":{"${'x'.repeat(4000)}`;
  await store(page, [[KEY, corrupt]]);
  await fillStorage(page);
  await gotoLesson(page, chapter);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('too full to back it up. It is left as it was');
  await answer(page, 'sampler-can-do');
  await expect(page.locator('[data-quiz="sampler-can-do"] .quiz-status')).toHaveText('Correct!');
  expect(await stored(page)).toBe(corrupt);

  await freeStorage(page);
  await answer(page, 'which-are-implicit');
  await expect(notice).toContainText('It is kept as a backup');
  expect(await backups(page)).toEqual([corrupt]);
  expect(Object.keys(JSON.parse((await stored(page))!).quizzes).sort()).toEqual([
    `${chapter}/sampler-can-do`,
    `${chapter}/which-are-implicit`,
  ]);
});

test('one bad saved answer is set aside; every other answer stays', async ({ page }) => {
  const partly = record({ ...answered('sampler-can-do', [0]), [`${chapter}/which-are-implicit`]: { answer: 'x', attempts: -3 } });
  await store(page, [[KEY, partly]]);
  await gotoLesson(page, chapter);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('1 saved item could not be read');
  await expect(notice).toContainText('was set aside in a backup. Everything else is here.');
  await expect(page.locator('[data-quiz="sampler-can-do"] .quiz-status')).toHaveText('Correct!');
  expect(await backups(page)).toEqual([partly]);
});

test('a tab of an older build never writes over the record a newer build saved, and asks for a reload', async ({ page, context }) => {
  await gotoLesson(page, chapter);
  await answer(page, 'sampler-can-do');
  const newer = record(
    { ...answered('sampler-can-do', [1]), ...answered('which-are-implicit', [0, 2]), [`${chapter}/new-kind`]: { answer: { graph: 1 } } },
    99,
  );
  // Another tab, running a newer build, saves a newer version of the record.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer] as const);
  await other.close();

  const notice = page.getByRole('alert').filter({ hasText: 'newer version of Minimax' });
  await expect(notice).toContainText('saves nothing');
  await page.locator('[data-quiz="pushforward-density"]').getByLabel('Your answer').fill('0.0997');
  await page.locator('[data-quiz="pushforward-density"]').getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('[data-quiz="pushforward-density"] .quiz-status')).toContainText('Correct!');
  expect(await stored(page)).toBe(newer);

  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'newer version of Minimax' })).toBeVisible();
  // What this build can read of the newer record is shown; the record is still untouched.
  await page.goto('/progress');
  await expect(page.locator('.progress-checks tr[data-check="which-are-implicit"]')).toContainText('Correct (1 attempt)');
  expect(await stored(page)).toBe(newer);
  expect(await backups(page)).toEqual([]);
});

test('/progress lists a backup to download and restore; restoring keeps the replaced progress as a backup', async ({ page }, testInfo) => {
  const current = record(answered('sampler-can-do', [1]));
  const old = record(answered('which-are-implicit', [0, 2]));
  await store(page, [
    [KEY, current],
    [BACKUP, old],
  ]);
  await page.goto('/progress');
  const panel = page.getByRole('region', { name: 'Backups of your progress' });
  await expect(panel).toContainText('This browser keeps a backup of your progress');
  await expect(panel).toContainText('0 chapters opened, 1 answer, 0 exercises, 0 cells.');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download backup' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  expect(await readFile(file, 'utf8')).toBe(old);

  await panel.getByRole('button', { name: 'Restore backup…' }).click();
  await expect(panel.getByRole('alertdialog')).toContainText('It replaces your current progress, which is first kept as a new backup');
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(panel.getByRole('button', { name: 'Yes, restore it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toContainText('Restored the backup from');
  await expect(panel.getByRole('status')).toContainText('Your progress from before is kept as a new backup');
  await expect(page.locator('.progress-checks tr[data-check="which-are-implicit"]')).toContainText('Correct (1 attempt)');
  await expect(page.locator('.progress-checks tr[data-check="sampler-can-do"]')).toContainText('Not answered');
  expect(await backups(page)).toEqual([current]);
  expect(JSON.parse((await stored(page))!)).toEqual(JSON.parse(old));
});

test('a backup of a newer version or an unreadable one cannot be restored, says why, and can be deleted', async ({ page }) => {
  await store(page, [
    [KEY, record(answered('sampler-can-do'))],
    [BACKUP, record(answered('which-are-implicit'), 99)],
    ['minimax:progress:backup:2026-01-02T00:00:00.000Z', 'not json'],
  ]);
  await page.goto('/progress');
  const panel = page.getByRole('region', { name: 'Backups of your progress' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel).toContainText('Saved by a newer version of Minimax (progress version 99)');
  await expect(panel).toContainText('It cannot be read (it is not valid JSON), so there is nothing to restore.');
  await expect(panel.getByRole('button', { name: 'Restore backup…' })).toHaveCount(0);

  for (const scheme of ['light', 'dark'] as const) {
    // The theme follows the system as the page loads.
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(panel.getByRole('listitem')).toHaveCount(2);
    const violations = await axeViolations(page);
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      scheme,
    ).toEqual([]);
  }

  await panel.getByRole('listitem').first().getByRole('button', { name: 'Delete backup…' }).click();
  await panel.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(panel.getByRole('status')).toContainText('Deleted the backup from');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  expect(await backups(page)).toEqual([record(answered('which-are-implicit'), 99)]);
});

test('an import that cannot first back up the current progress changes nothing and says why', async ({ page }) => {
  await store(page, [[KEY, record(answered('sampler-can-do'))]]);
  await page.goto('/progress');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await fillStorage(page);
  await page
    .getByLabel('Import progress…')
    .setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(record(answered('which-are-implicit'))) });
  await expect(page.locator('.progress-actions .progress-message')).toContainText(
    'too full to keep a backup of your current progress, so nothing was imported',
  );
  await expect(page.locator('.progress-checks tr[data-check="sampler-can-do"]')).toContainText('Correct (1 attempt)');
  await expect(page.locator('.progress-checks tr[data-check="which-are-implicit"]')).toContainText('Not answered');
  expect(await stored(page)).toBe(record(answered('sampler-can-do')));
  await freeStorage(page);
});
