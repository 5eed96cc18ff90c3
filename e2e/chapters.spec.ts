/**
 * Every chapter of the course, as a diligent learner would go through it: it renders with its
 * math, every cell runs to completion within its budget, every exercise passes with its
 * solution, every quiz is answered from the chapter's own answer key, and the chapter is then
 * recorded as complete.
 *
 * Each chapter's cells and exercise checks run twice in the same page session, and the kernel's
 * live tensors must be the same after both. Cells keep state on purpose (top-level declarations
 * persist, as in Jupyter), so the count after the first pass is the chapter's baseline; a run that
 * leaks shows as growth from the first count to the second (a leak of three tensors per Check
 * read 6 then 9). Exercises run with their starters in these passes, whose checks may fail: the
 * point is that they finish and nothing accumulates. (e2e/soak.spec.ts walks the whole course in
 * one tab; `npm run bench` measures the heap over three passes of every chapter.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, gotoLesson } from './fixtures';
import { CELL_BUDGET_MS, checkEveryExercise, kernelTensors, kernelWorker, runAllCells } from './notebook';
import { setExerciseCode } from './cell-helpers';
import { publishedChapters } from './site-pages';

interface QuizKey {
  id: string;
  correct: number[];
  numeric?: number;
}

/** The answer key, read from the MDX the author wrote. */
function quizKeys(source: string): QuizKey[] {
  return [...source.matchAll(/<Quiz\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/Quiz>/g)].map(([, id, body]) => {
    const choices = [...body.matchAll(/<Choice(\s+correct)?[\s>]/g)];
    const numeric = /<Numeric[^>]*\sanswer=\{([^}]+)\}/.exec(body);
    return {
      id,
      correct: choices.flatMap((c, i) => (c[1] ? [i] : [])),
      numeric: numeric ? (new Function(`return (${numeric[1]})`)() as number) : undefined,
    };
  });
}

function reflectIds(source: string): string[] {
  return [...source.matchAll(/<Reflect\s+id="([^"]+)"/g)].map((m) => m[1]);
}

/** Runs every cell, then checks every exercise as it stands; returns the kernel's live tensors after. */
async function runEverything(page: Page, pass: number): Promise<{ tensors: number; runs: string[] }> {
  const outcomes = await runAllCells(page);
  for (const { id, status, output } of outcomes) expect(status, `pass ${pass}: ${id} ran without an error:\n${output}`).toMatch(/^Done/);
  expect(outcomes.length, `pass ${pass}: every cell ran`).toBe(await page.locator('[data-cell]').count());
  const checked = await checkEveryExercise(page);
  const worker = await kernelWorker(page);
  expect(worker, 'the chapter has a running kernel').not.toBeNull();
  return { tensors: await kernelTensors(worker!), runs: [...outcomes, ...checked].map((o) => `${o.id}: ${o.status}`) };
}

/**
 * Passes each exercise with its solution typed in, as a learner's own code: loading the solution
 * with its button would count as "solved with the solution shown", which is not a pass.
 */
async function passEveryExercise(page: Page) {
  const exercises = page.locator('[data-exercise]');
  for (let i = 0; i < (await exercises.count()); i++) {
    const ex = exercises.nth(i);
    const id = (await ex.getAttribute('data-exercise'))!;
    await ex.getByRole('button', { name: 'Show solution' }).click();
    const solution = await ex.locator('.exercise-solution pre').innerText();
    await ex.getByRole('button', { name: 'Hide solution' }).click();
    await setExerciseCode(page, id, solution);
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.locator('.exercise-verdict'), `exercise ${id}`).toHaveText('All checks passed. Well done!', {
      timeout: CELL_BUDGET_MS,
    });
  }
}

async function answerEveryQuiz(page: Page, keys: QuizKey[], reflects: string[]) {
  for (const key of keys) {
    const quiz = page.locator(`form[data-quiz="${key.id}"]`);
    await quiz.scrollIntoViewIfNeeded();
    if (key.numeric !== undefined) {
      await quiz.getByRole('textbox').fill(String(key.numeric));
    } else {
      expect(key.correct.length, `quiz ${key.id} has a correct choice`).toBeGreaterThan(0);
      for (const i of key.correct) await quiz.locator('.quiz-choice input').nth(i).check();
    }
    await quiz.getByRole('button', { name: 'Check' }).click();
    await expect(quiz.locator('.quiz-status'), `quiz ${key.id}`).toHaveAttribute('data-tone', 'ok');
  }
  for (const id of reflects) {
    const reflect = page.locator(`[data-reflect="${id}"]`);
    await reflect.getByRole('textbox').fill('My own answer, written before reading the model answer.');
    await reflect.getByRole('button', { name: 'Show model answer' }).click();
    await reflect.getByRole('button', { name: 'Got it' }).click();
  }
}

for (const slug of publishedChapters) {
  const source = fs.readFileSync(path.join('content', slug, 'index.mdx'), 'utf8');

  test(`${slug}: renders, runs every cell twice with no tensors leaked, passes its exercises and quizzes, and completes`, async ({
    page,
  }) => {
    const cellCount = (source.match(/^```\w*\s+cell\b/gm) ?? []).length;
    const exerciseCount = (source.match(/<Exercise\b/g) ?? []).length;
    // A budget per run: two passes of every cell and exercise, and the solutions' checks.
    test.setTimeout(120_000 + (2 * cellCount + 3 * exerciseCount) * CELL_BUDGET_MS);
    await gotoLesson(page, slug);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.locator('.katex').count(), 'typeset math').toBeGreaterThan(0);
    await expect(page.locator('[data-cell]')).toHaveCount(cellCount);

    const first = await runEverything(page, 1);
    const second = await runEverything(page, 2);
    console.log(`${slug}: live tensors after each pass ${first.tensors}, ${second.tensors}`);
    expect(
      second.tensors,
      `the kernel's live tensors after the second pass equal the first's (the chapter's baseline); the second pass's runs:\n${second.runs.join('\n')}`,
    ).toBe(first.tensors);
    await passEveryExercise(page);
    await answerEveryQuiz(page, quizKeys(source), reflectIds(source));

    const completed = await page.evaluate(
      (s) => JSON.parse(localStorage.getItem('minimax:progress') ?? '{}').chapters?.[s]?.completedAt ?? null,
      slug,
    );
    expect(completed, 'the chapter is recorded as complete').not.toBeNull();
  });
}

// The parser above is what answers every quiz; pin it to keys written by hand for quizzes that
// were re-keyed, so a parsing slip cannot make the chapter test agree with a wrong key.
test('answer keys parsed from the MDX match hand-written keys of re-keyed quizzes', () => {
  const keysOf = (slug: string) => quizKeys(fs.readFileSync(path.join('content', slug, 'index.mdx'), 'utf8'));
  const minimax = keysOf('minimax-game');
  expect(minimax.find((k) => k.id === 'gan-discriminator-role')?.correct).toEqual([2, 3]);
  expect(minimax.find((k) => k.id === 'gan-applications')?.correct).toEqual([0, 1]);
});
