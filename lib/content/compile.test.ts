import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileChapter } from './compile';
import { ContentError } from './errors';

let root: string;
const good = '---\ntitle: T\nsummary: S\nobjectives:\n  - o\nminutes: 5\n---\n';

function chapter(slug: string, source: string) {
  fs.mkdirSync(path.join(root, slug));
  fs.writeFileSync(path.join(root, slug, 'index.mdx'), source);
}

async function problemsOf(slug: string) {
  const error = await compileChapter(slug, root).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).message.split('\n');
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-compile-'));
  chapter('bad-syntax', `${good}\n## Fine\n\nText.\n\n<Callout kind=note>x</Callout>\n`);
  chapter('missing-field', '---\ntitle: T\nobjectives:\n  - o\nminutes: 5\n---\n\nText.\n');
  chapter('wrong-field', '---\ntitle: T\nsummary: S\nobjectives:\n  - o\nminutes: twenty\n---\n\nText.\n');
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('compileChapter on malformed chapters', () => {
  it('names file, line and column of an MDX syntax error', async () => {
    expect(await problemsOf('bad-syntax')).toEqual([
      `${path.join(root, 'bad-syntax', 'index.mdx')}:13:15  MDX syntax: Unexpected character \`n\` (U+006E) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\``,
    ]);
  });

  it('names the file and field of a missing frontmatter field', async () => {
    expect(await problemsOf('missing-field')).toEqual([
      `${path.join(root, 'missing-field', 'index.mdx')}:1:1  frontmatter "summary" is required`,
    ]);
  });

  it('names the line of a frontmatter field of the wrong type', async () => {
    expect(await problemsOf('wrong-field')).toEqual([
      `${path.join(root, 'wrong-field', 'index.mdx')}:6:1  frontmatter "minutes" Invalid input: expected number, received string`,
    ]);
  });
});

describe('compileChapter on a good chapter', () => {
  // The page fetches its code by a hash of it (chapter-code.ts); a compile that differed from one
  // call to the next would make the page ask for a file the route never wrote.
  it('gives the same code each time, unminified (as under `next dev`) too', async () => {
    chapter('stable', `${good}\n## A heading\n\nText with $x^2$.\n`);
    const first = await compileChapter('stable', root);
    const second = await compileChapter('stable', root);
    expect(process.env.NODE_ENV).not.toBe('production');
    expect(first.code).toContain('mdx_bundler_entry_point');
    expect(second.code).toBe(first.code);
  });
});
