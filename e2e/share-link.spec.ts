import type { Browser, Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { cell, runAndWait, savedProgress, setCode, status } from './cell-helpers';

const chapter = 'what-is-a-generative-model';
const id = 'ring-samples';
// Seeded by the cell (seed=7): the recipient's run prints the same number as the sender's.
const SHARED = "print('shared run', 6 * 7, tf.randomUniform([1]).dataSync()[0].toFixed(6));";
const MINE = "print('my own edit');";

/** The code saved for the cell in this browser's progress, or undefined. */
async function savedEdit(page: Page): Promise<string | undefined> {
  const p = JSON.parse((await savedProgress(page)) || '{}');
  return p.cells?.[`${chapter}/${id}`]?.edit?.code;
}

/** A learner in their own browser (own storage) who has already edited the cell. */
async function recipientWithOwnEdit(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await gotoLesson(page, chapter);
  await setCode(page, id, MINE);
  await expect.poll(() => savedEdit(page)).toBe(MINE);
  return { context, page };
}

test('a copied link opens the chapter with the sender’s code, which runs only on Run and is saved only when kept', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoLesson(page, chapter);
  await setCode(page, id, SHARED);
  await runAndWait(page, id);
  const sent = (await cell(page, id).locator('.cell-text').textContent())!;
  expect(sent).toMatch(/shared run 42 0\.\d{6}/);

  await cell(page, id).getByRole('button', { name: 'Copy link' }).click();
  await expect(cell(page, id).getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/learn/${chapter}#run=[A-Za-z0-9_-]+$`));
  await expect(cell(page, id).getByLabel(`Link to this run of cell ${id}`)).toHaveValue(link);

  const { context: theirs, page: recipient } = await recipientWithOwnEdit(browser);
  const other = await theirs.newPage();
  await other.goto(link);
  await other.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const notice = cell(other, id).locator('.cell-shared');
  await expect(notice).toContainText('Code from a shared link — review it, then press Run');
  await expect(cell(other, id).locator('.cell-code')).toContainText("print('shared run'");
  // Nothing ran, and the recipient's own edit is still what is saved.
  await expect(status(other, id)).toHaveCount(0);
  expect(await savedEdit(other)).toBe(MINE);

  // The link survives a reload until the learner decides.
  await other.reload();
  await other.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(notice).toBeVisible();
  await expect(status(other, id)).toHaveCount(0);

  await runAndWait(other, id);
  await expect(cell(other, id).locator('.cell-text')).toHaveText(sent);
  expect(await savedEdit(other)).toBe(MINE);

  await notice.getByRole('button', { name: 'Keep this code' }).click();
  await expect(notice).toHaveCount(0);
  expect(new URL(other.url()).hash).toBe('');
  await expect.poll(() => savedEdit(other)).toBe(SHARED);
  await other.reload();
  await expect(cell(other, id).locator('.cell-code')).toContainText("print('shared run'");
  await recipient.close();
  await theirs.close();
});

test('dismissing a shared link goes back to the learner’s own code and saves nothing', async ({ browser }) => {
  const { context, page } = await recipientWithOwnEdit(browser);
  const before = await savedProgress(page);
  // A valid link, made as the page makes them, for this cell.
  const hash = await page.evaluate(async (cellId) => {
    const json = JSON.stringify({ v: 1, cell: cellId, code: "print('from a friend');", seed: 7 });
    const packed = new Uint8Array(
      await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
    );
    return (
      '#run=' +
      btoa(String.fromCharCode(...packed))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')
    );
  }, id);
  await page.goto('/');
  await gotoLesson(page, chapter + hash);
  const notice = cell(page, id).locator('.cell-shared');
  await expect(notice).toBeFocused();
  await expect(cell(page, id).locator('.cell-code')).toContainText('from a friend');
  await notice.getByRole('button', { name: 'Back to my code' }).click();
  await expect(notice).toHaveCount(0);
  await expect(cell(page, id).locator('.cell-code')).toContainText('my own edit');
  await page.reload();
  await expect(cell(page, id).locator('.cell-code')).toContainText('my own edit');
  await expect(cell(page, id).locator('.cell-shared')).toHaveCount(0);
  expect(JSON.parse(await savedProgress(page)).cells).toEqual(JSON.parse(before).cells);
  await context.close();
});

test('a malformed, unknown-cell or oversized link says what is wrong and changes nothing saved', async ({ browser }) => {
  const { context, page } = await recipientWithOwnEdit(browser);
  const before = await savedProgress(page);
  const cases: [string, RegExp][] = [
    ['#run=not*base64!', /This shared link is damaged \(it is not valid base64url/],
    ['#run=aGVsbG8', /This shared link is damaged \(its content cannot be read/],
    [`#run=${'A'.repeat(9000)}`, /This shared link is too long \(9,005 characters, at most 8,000\)/],
  ];
  for (const [hash, message] of cases) {
    await page.goto('/');
    await gotoLesson(page, chapter + hash);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(cell(page, id).locator('.cell-code')).toContainText('my own edit');
    await expect(page.locator('.cell-shared')).toHaveCount(0);
  }
  const unknown = await page.evaluate(async () => {
    const json = JSON.stringify({ v: 1, cell: 'no-such-cell', code: 'print(1)' });
    const packed = new Uint8Array(
      await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
    );
    return (
      '#run=' +
      btoa(String.fromCharCode(...packed))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')
    );
  });
  await page.goto('/');
  await gotoLesson(page, chapter + unknown);
  const alert = page.getByRole('alert').filter({ hasText: 'for a cell named “no-such-cell”, which this chapter does not have' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  // Opening a lesson stamps the visit; the learner's work is as it was.
  const { cells, quizzes, exercises } = JSON.parse(await savedProgress(page));
  expect({ cells, quizzes, exercises }).toEqual((({ cells, quizzes, exercises }) => ({ cells, quizzes, exercises }))(JSON.parse(before)));
  await context.close();
});
