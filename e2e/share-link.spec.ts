import type { Page } from '@playwright/test';
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

/** The learner work a link must not touch (opening a lesson does stamp the visit). */
async function savedWork(page: Page) {
  const { cells, quizzes, exercises } = JSON.parse(await savedProgress(page));
  return { cells, quizzes, exercises };
}

/** The learner opening the link has already edited the cell, in their own browser. */
async function editOwnCode(page: Page) {
  await gotoLesson(page, chapter);
  await setCode(page, id, MINE);
  await expect.poll(() => savedEdit(page)).toBe(MINE);
}

/** A link's hash for a run, packed as the page packs it. */
async function linkHash(page: Page, run: { cell: string; code: string; seed?: number }): Promise<string> {
  return page.evaluate(async (r) => {
    const json = JSON.stringify({ v: 1, ...r });
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    return (
      '#run=' +
      btoa(String.fromCharCode(...packed))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')
    );
  }, run);
}

async function openLink(page: Page, hashOrUrl: string) {
  // From another page, so that the link is a real page load, not a hash change.
  await page.goto('/');
  await page.goto(hashOrUrl.startsWith('#') ? `/learn/${chapter}${hashOrUrl}` : hashOrUrl);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

test('a copied link opens the chapter with the sender’s code, which runs only on Run and is saved only when kept', async ({
  page,
  browser,
  baseURL,
}) => {
  // The sender, in a browser of their own.
  const senders = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const sender = await senders.newPage();
  await gotoLesson(sender, chapter);
  await setCode(sender, id, SHARED);
  await runAndWait(sender, id);
  const sent = (await cell(sender, id).locator('.cell-text').textContent())!;
  expect(sent).toMatch(/shared run 42 0\.\d{6}/);
  await cell(sender, id).getByRole('button', { name: 'Copy link' }).click();
  await expect(cell(sender, id).getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await sender.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/learn/${chapter}#run=[A-Za-z0-9_-]+$`));
  await expect(cell(sender, id).getByLabel(`Link to this run of cell ${id}`)).toHaveValue(link);
  await senders.close();

  await editOwnCode(page);
  await openLink(page, link);
  const notice = cell(page, id).locator('.cell-shared');
  await expect(notice).toContainText('Code from a shared link — review it, then press Run');
  await expect(cell(page, id).locator('.cell-code')).toContainText("print('shared run'");
  // Nothing ran, and the recipient's own edit is still what is saved.
  await expect(status(page, id)).toHaveCount(0);
  expect(await savedEdit(page)).toBe(MINE);

  // The link survives a reload until the learner decides.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(notice).toBeVisible();
  await expect(status(page, id)).toHaveCount(0);

  await runAndWait(page, id);
  await expect(cell(page, id).locator('.cell-text')).toHaveText(sent);
  expect(await savedEdit(page)).toBe(MINE);

  await notice.getByRole('button', { name: 'Keep this code' }).click();
  await expect(notice).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await expect.poll(() => savedEdit(page)).toBe(SHARED);
  await page.reload();
  await expect(cell(page, id).locator('.cell-code')).toContainText("print('shared run'");
});

test('dismissing a shared link goes back to the learner’s own code and saves nothing', async ({ page }) => {
  await editOwnCode(page);
  const before = await savedWork(page);
  await openLink(page, await linkHash(page, { cell: id, code: "print('from a friend');", seed: 7 }));
  const notice = cell(page, id).locator('.cell-shared');
  await expect(notice).toBeFocused();
  await expect(cell(page, id).locator('.cell-code')).toContainText('from a friend');
  await notice.getByRole('button', { name: 'Back to my code' }).click();
  await expect(notice).toHaveCount(0);
  await expect(cell(page, id).locator('.cell-code')).toContainText('my own edit');
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await expect(cell(page, id).locator('.cell-code')).toContainText('my own edit');
  await expect(cell(page, id).locator('.cell-shared')).toHaveCount(0);
  expect(await savedWork(page)).toEqual(before);
});

test('a malformed, oversized or unknown-cell link says what is wrong and changes nothing saved', async ({ page }) => {
  await editOwnCode(page);
  const before = await savedWork(page);
  const cases: [string, RegExp][] = [
    ['#run=not*base64!', /This shared link is damaged \(it is not valid base64url/],
    ['#run=aGVsbG8', /This shared link is damaged \(its content cannot be read/],
    [`#run=${'A'.repeat(9000)}`, /This shared link is too long \(9,005 characters, at most 8,000\)/],
  ];
  for (const [hash, message] of cases) {
    await openLink(page, hash);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(cell(page, id).locator('.cell-code')).toContainText('my own edit');
    await expect(page.locator('.cell-shared')).toHaveCount(0);
  }
  await openLink(page, await linkHash(page, { cell: 'no-such-cell', code: 'print(1)' }));
  const alert = page.getByRole('alert').filter({ hasText: 'for a cell named “no-such-cell”, which this chapter does not have' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  expect(await savedWork(page)).toEqual(before);
});

test('an autorun cell runs by itself when it comes into view, but not with code from a link, which waits for Run', async ({ page }) => {
  const autorun = 'guide-autorun';
  const show = () => cell(page, autorun).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.goto('/authoring');
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await show();
  await expect(status(page, autorun)).toContainText('Done', { timeout: 60_000 });
  await expect(cell(page, autorun).locator('.cell-output')).toContainText('ran by itself');

  const hash = await linkHash(page, { cell: autorun, code: "print('code from the link')" });
  await page.goto('/');
  await page.goto(`/authoring${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect(cell(page, autorun).locator('.cell-shared')).toBeVisible();
  await show();
  // Nothing marks a run that did not happen: give an autorun the time it took above, then look.
  await page.waitForTimeout(2_000);
  await expect(status(page, autorun)).toHaveCount(0);
  await runAndWait(page, autorun);
  await expect(cell(page, autorun).locator('.cell-output')).toContainText('code from the link');
});
