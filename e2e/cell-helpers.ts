import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Locators and actions on notebook cells, shared by the cell journeys. */

export const cell = (page: Page, id: string) => page.locator(`[data-cell="${id}"]`);
export const runButton = (page: Page, id: string) => cell(page, id).getByRole('button', { name: 'Run', exact: true });
export const stopButton = (page: Page, id: string) => cell(page, id).getByRole('button', { name: 'Stop' });
export const status = (page: Page, id: string) => cell(page, id).locator('.cell-status');
export const cellError = (page: Page, id: string) => cell(page, id).locator('.cell-error');

/** Opens the cell's editor and replaces its code, as a learner typing would. */
export async function setCode(page: Page, id: string, code: string) {
  await cell(page, id).locator('.cell-placeholder, .cm-content').first().click();
  const editor = cell(page, id).locator('.cm-content');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

/** Opens an exercise's editor and replaces its code, as a learner typing would. */
export async function setExerciseCode(page: Page, id: string, code: string) {
  const ex = page.locator(`[data-exercise="${id}"]`);
  await ex.locator('.cell-code .cell-placeholder, .cm-content').first().click();
  const editor = ex.locator('.cm-content');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

/** Clicks Run and waits until the run has ended, well or badly. */
export async function runAndWait(page: Page, id: string) {
  await runButton(page, id).click();
  await expect(status(page, id)).toContainText(/Done|Ended/, { timeout: 60_000 });
}

/** The learner's saved progress, as the page stored it. */
export async function savedProgress(page: Page): Promise<string> {
  return (await page.evaluate(() => localStorage.getItem('minimax:progress'))) ?? '';
}
