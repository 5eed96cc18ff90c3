import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

// "What you will learn" is typeset like the lesson: math goes in $…$ (lib/content/inline-math.ts),
// never as plain text such as P_G(x), D* = … or 1 ≤ IS ≤ K.
const root = import.meta.dirname;
const { chapters } = JSON.parse(readFileSync(join(root, 'course.json'), 'utf8')) as { chapters: string[] };
const plainMath = /[_^=≤≥≠∈∑∫√]|\b[A-Za-z]\*|\b[A-Za-z]\([a-z0-9]+(?:, ?[a-z0-9]+)*\)/;

describe('learning objectives write their math as $…$', () => {
  for (const slug of chapters) {
    it(slug, () => {
      const { objectives } = matter(readFileSync(join(root, slug, 'index.mdx'), 'utf8')).data as { objectives: string[] };
      const plain = objectives.filter((o) =>
        plainMath.test(
          o
            .split('$')
            .filter((_, i) => i % 2 === 0)
            .join(' '),
        ),
      );
      expect(plain, `content/${slug}/index.mdx: put the math of these objectives in $…$`).toEqual([]);
    });
  }
});
