import fs from 'node:fs';

/** The pages of the built site, read from the course outline, so that each can get its own test. */

const course = JSON.parse(fs.readFileSync('content/course.json', 'utf8')) as { chapters: string[] };

function isDraft(slug: string): boolean {
  const source = fs.readFileSync(`content/${slug}/index.mdx`, 'utf8');
  return /^draft:\s*true\s*$/m.test(source.split(/^---\s*$/m)[1] ?? '');
}

/** Chapter slugs in reading order; drafts are left out of production builds. */
export const publishedChapters: string[] = course.chapters.filter((slug) => !isDraft(slug));

export const lessonPaths: string[] = publishedChapters.map((slug) => `/learn/${slug}`);

export const sitePaths: string[] = ['/', ...lessonPaths, '/progress', '/authoring'];
