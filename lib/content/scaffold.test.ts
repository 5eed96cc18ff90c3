import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChapter, slugify } from './scaffold';
import { checkContent } from './check';
import { compileChapter } from './compile';
import { readOutline } from './course';
import { formatProblem } from './errors';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-scaffold-'));
  fs.writeFileSync(path.join(root, 'course.json'), JSON.stringify({ title: 'T', pitch: 'P', chapters: ['intro'] }));
  fs.mkdirSync(path.join(root, 'intro'));
  fs.writeFileSync(path.join(root, 'intro', 'index.mdx'), '---\ntitle: Intro\nsummary: S\nobjectives: [o]\nminutes: 1\n---\n\n## Hi\n');
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('slugify', () => {
  it('makes URL slugs the course schema accepts', () => {
    expect(slugify('What is a generative model?')).toBe('what-is-a-generative-model');
    expect(slugify('  Wasserstein GANs & Lipschitz!  ')).toBe('wasserstein-gans-lipschitz');
    expect(slugify('Él Niño, 2nd edition')).toBe('el-nino-2nd-edition');
    expect(slugify('∑ ∫')).toBe('');
  });
});

describe('createChapter', () => {
  it('scaffolds a chapter that the checker finds clean and the compiler builds', async () => {
    const { slug, files } = createChapter('The Minimax Game', root);
    expect(slug).toBe('the-minimax-game');
    expect(files.map((f) => path.basename(f))).toEqual(['index.mdx', 'ExampleFigure.tsx', 'course.json']);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'course.json'), 'utf8')).chapters).toEqual(['intro', 'the-minimax-game']);

    const { errors, infos } = checkContent({ root });
    expect(errors.map(formatProblem)).toEqual([]);
    expect(infos.map(formatProblem)).toEqual([
      `${path.join(root, slug, 'index.mdx')}:9:1  info: draft chapter: shown by npm run dev with a "draft" badge, left out of production builds`,
    ]);

    const compiled = await compileChapter(slug, root);
    expect(compiled.frontmatter.title).toBe('The Minimax Game');
    expect(compiled.headings.map((h) => h.id)).toEqual([
      'the-idea',
      'try-it-in-a-cell',
      'a-derivation-next-to-a-figure',
      'check-your-understanding',
      'exercise',
    ]);
    const outline = await readOutline(root);
    expect(outline.chapters.map((c) => c.slug)).toEqual(['intro', 'the-minimax-game']);
  });

  it('refuses an empty title, a title without letters, and an existing slug, with one line', () => {
    expect(() => createChapter('   ', root)).toThrow('a title is needed: npm run new:chapter -- "Title of the chapter"');
    expect(() => createChapter('∑∑', root)).toThrow('cannot make a URL slug from "∑∑": use a title with letters or digits');
    expect(() => createChapter('Intro', root)).toThrow(`${path.join(root, 'intro')} already exists: choose another title`);
    fs.rmSync(path.join(root, 'intro'), { recursive: true });
    expect(() => createChapter('Intro', root)).toThrow(`${path.join(root, 'course.json')} already lists "intro": choose another title`);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'course.json'), 'utf8')).chapters).toEqual(['intro']);
  });
});
