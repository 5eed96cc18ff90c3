import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProseNumbers, type ProseNumber } from '../lib/content/prose-numbers';

// Every chapter in the course states its numbers in numbers.node.ts, checked against its helpers.
const root = join(import.meta.dirname);
const { chapters } = JSON.parse(readFileSync(join(root, 'course.json'), 'utf8')) as { chapters: string[] };

describe('numbers stated in the prose agree with the code that computes them', () => {
  for (const slug of chapters) {
    it(
      slug,
      async () => {
        const list = join(root, slug, 'numbers.node.ts');
        expect(existsSync(list), `content/${slug}/numbers.node.ts is missing: list the chapter's stated numbers there`).toBe(true);
        const { proseNumbers } = (await import(`./${slug}/numbers.node.ts`)) as { proseNumbers: ProseNumber[] };
        const problems = await checkProseNumbers(readFileSync(join(root, slug, 'index.mdx'), 'utf8'), proseNumbers);
        expect(problems.map((p) => `content/${slug}/index.mdx ${p}`)).toEqual([]);
      },
      120_000,
    );
  }
});
