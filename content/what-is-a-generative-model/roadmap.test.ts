import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
const course = JSON.parse(readFileSync(new URL('../course.json', import.meta.url), 'utf8')) as { chapters: string[] };
// A draft is left out of production builds, so the roadmap may not link it yet.
const isDraft = (slug: string) =>
  /^draft:\s*true\s*$/m.test(readFileSync(new URL(`../${slug}/index.mdx`, import.meta.url), 'utf8').split(/^---\s*$/m)[1] ?? '');

describe('"Where this course goes"', () => {
  it('links every later published chapter of course.json, in the course order', () => {
    const section = mdx.slice(mdx.indexOf('## Where this course goes'), mdx.indexOf('\n## ', mdx.indexOf('## Where this course goes') + 3));
    const linked = [...section.matchAll(/\]\(\/learn\/([\w-]+)\)/g)].map((m) => m[1]);
    expect(linked).toEqual(
      course.chapters.slice(course.chapters.indexOf('what-is-a-generative-model') + 1).filter((slug) => !isDraft(slug)),
    );
  });
});
