import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileChapter } from './compile';
import { ContentError } from './errors';

/** The whole build path (frontmatter, mdx-bundler, esbuild) reports a bad cell at its place in the file. */
let root: string;
const frontmatter = '---\ntitle: T\nsummary: S\nobjectives:\n  - O\nminutes: 5\n---\n';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-cells-'));
  fs.mkdirSync(path.join(root, 'dup'));
  fs.writeFileSync(
    path.join(root, 'dup', 'index.mdx'),
    `${frontmatter}\n# A\n\n\`\`\`js cell id="a"\n1\n\`\`\`\n\n\`\`\`js cell id="a"\n2\n\`\`\`\n`,
  );
  fs.mkdirSync(path.join(root, 'ok'));
  fs.writeFileSync(path.join(root, 'ok', 'index.mdx'), `${frontmatter}\n\`\`\`js cell id="a" seed=3 hidden\nprint(1)\n\`\`\`\n`);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('compileChapter with cells', () => {
  it('fails on a duplicate cell id with the file, line and column of the second fence', async () => {
    const error = await compileChapter('dup', root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const [problem] = (error as ContentError).problems;
    // Frontmatter is 7 lines, then a blank line, "# A", a blank line, the first fence (lines 11–13), a blank line.
    expect(problem).toMatchObject({ line: 15, column: 1 });
    expect(problem.file).toMatch(/dup[/\\]index\.mdx$/);
    expect(problem.message).toContain('duplicate cell id "a" (line 11 already uses it for a cell)');
  });

  it('compiles a good cell into a Cell element with its options', async () => {
    const { code } = await compileChapter('ok', root);
    expect(code).toContain('Cell');
    expect(code).toMatch(/seed:\s*3/);
    expect(code).toMatch(/hidden:\s*true/);
  });
});
