import type { Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * Runs axe-core in the page and returns its violations. The axe source is evaluated through the
 * DevTools protocol (which the pages' Content-Security-Policy does not govern), then `axe.run`,
 * asking for violations only. On a lesson this takes about 4.5 s where @axe-core/playwright's
 * AxeBuilder took 11 s: the builder runs axe frame by frame and finishes the run in a second,
 * blank page, which our pages, without iframes, do not need. A page with an iframe is refused,
 * so that nothing inside one goes unchecked.
 */
export async function axeViolations(page: Page, options: { include?: string[]; rules?: string[] } = {}) {
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`axeViolations checks the top frame only, and ${page.url()} has ${frames - 1} iframe(s)`);
  await page.evaluate(axe.source);
  return page.evaluate(
    async ({ include, rules }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const context = include ? { include: include.map((selector) => [selector]) } : document;
      const runOnly = rules ? { type: 'rule' as const, values: rules } : undefined;
      const { violations } = await axe.run(context, { resultTypes: ['violations'], ...(runOnly ? { runOnly } : {}) });
      // Only what the tests print: serialisable, and small.
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
      }));
    },
    { include: options.include, rules: options.rules },
  );
}
