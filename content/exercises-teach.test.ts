import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { exerciseOf, runExerciseFull } from '../lib/content/cell-runner';

/**
 * Every exercise of a published chapter teaches when the answer is wrong (issue 20): it has hints,
 * its checks name at least one typical mistake, and the chapter's exercise.test.ts shows each
 * named mistake in code that makes it (lib/content/cell-runner.ts, tryAttempts).
 */
const root = join(import.meta.dirname);
const { chapters } = JSON.parse(readFileSync(join(root, 'course.json'), 'utf8')) as { chapters: string[] };
const published = chapters.filter((slug) => !matter(readFileSync(join(root, slug, 'index.mdx'), 'utf8')).data.draft);

describe('every exercise of a published chapter has hints and names typical mistakes (see also exercises.test.ts)', () => {
  it('there are published chapters with exercises', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  it('every published chapter has at least one auto-checked exercise (the chapter bar)', () => {
    const without = published.filter((slug) => !/<Exercise\s+id="/.test(readFileSync(join(root, slug, 'index.mdx'), 'utf8')));
    expect(without, 'published chapters without an <Exercise>').toEqual([]);
  });

  for (const slug of published) {
    const mdx = readFileSync(join(root, slug, 'index.mdx'), 'utf8');
    for (const [, id] of mdx.matchAll(/<Exercise\s+id="([^"]+)"/g)) {
      it(`${slug}: ${id}`, async () => {
        const body = mdx.slice(mdx.indexOf(`<Exercise id="${id}"`), mdx.indexOf('</Exercise>', mdx.indexOf(`<Exercise id="${id}"`)));
        expect((body.match(/<Hint>/g) ?? []).length, 'hints').toBeGreaterThanOrEqual(2);
        const { check, solution } = exerciseOf(mdx, id);
        const { declared } = await runExerciseFull(mdx, id, solution);
        expect(declared.size + (check.match(/\bmistake\(/g) ?? []).length, 'typical mistakes the checks name').toBeGreaterThan(0);
        const test = join(root, slug, 'exercise.test.ts');
        expect(
          existsSync(test) && readFileSync(test, 'utf8').includes(`'${id}'`),
          `content/${slug}/exercise.test.ts tries ${id}'s mistakes`,
        ).toBe(true);
        // An exercise that trains (collapse-sweep: 24 GANs) takes about 40 s on the cpu backend.
      }, 180_000);
    }
  }
});
