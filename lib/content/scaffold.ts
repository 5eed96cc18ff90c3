import fs from 'node:fs';
import path from 'node:path';
import { contentDir, displayPath } from './paths';
import { chapterTemplate, figureTemplate } from './scaffold-template';

/** A refusal the author can act on; the script prints its message as one line. */
export class ScaffoldError extends Error {}

/** "Wasserstein GANs & Lipschitz!" → "wasserstein-gans-lipschitz" (what components.ts's idPattern accepts). */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface Scaffolded {
  slug: string;
  /** Paths created or changed, as shown to the author. */
  files: string[];
}

/** Creates content/<slug>/ with a skeleton chapter and its figure, and appends the slug to course.json. */
export function createChapter(rawTitle: string, root = contentDir()): Scaffolded {
  const title = rawTitle.trim().replace(/\s+/g, ' ');
  if (!title) throw new ScaffoldError('a title is needed: npm run new:chapter -- "Title of the chapter"');
  const slug = slugify(title);
  if (!slug) throw new ScaffoldError(`cannot make a URL slug from "${title}": use a title with letters or digits`);
  const courseFile = path.join(root, 'course.json');
  const course = JSON.parse(fs.readFileSync(courseFile, 'utf8')) as { chapters: string[] };
  const dir = path.join(root, slug);
  if (fs.existsSync(dir)) throw new ScaffoldError(`${displayPath(dir)} already exists: choose another title`);
  if (course.chapters.includes(slug)) throw new ScaffoldError(`${displayPath(courseFile)} already lists "${slug}": choose another title`);
  fs.mkdirSync(dir, { recursive: true });
  const index = path.join(dir, 'index.mdx');
  const figure = path.join(dir, 'ExampleFigure.tsx');
  fs.writeFileSync(index, chapterTemplate(title));
  fs.writeFileSync(figure, figureTemplate());
  course.chapters.push(slug);
  fs.writeFileSync(courseFile, `${JSON.stringify(course, null, 2)}\n`);
  return { slug, files: [index, figure, courseFile].map(displayPath) };
}
