import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileChapter } from './compile';

let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-katex-'));
  fs.mkdirSync(path.join(root, 'math'));
  fs.writeFileSync(
    path.join(root, 'math', 'index.mdx'),
    '---\ntitle: T\nsummary: S\nobjectives:\n  - o\nminutes: 5\n---\n\nInline $p_g(x) < 1$ here.\n\n$$\nD^*(x) = \\frac{p(x)}{p(x) + q(x)}\n$$\n',
  );
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** KaTeX's own rendering, re-serialized so that entity spelling (&lt; or &#x3C;) does not matter. */
const typeset = (tex: string, displayMode: boolean) =>
  toHtml(fromHtml(katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', strict: false }), { fragment: true }));

describe('formulas reach the page as HTML strings', () => {
  it('renders exactly what KaTeX renders, inline and display', async () => {
    const { code } = await compileChapter('math', root);
    const html = renderToStaticMarkup(createElement(getMDXComponent(code)));
    expect(html).toContain(typeset('p_g(x) < 1', false));
    expect(html).toContain(typeset('D^*(x) = \\frac{p(x)}{p(x) + q(x)}', true));
  });

  it('compiles a formula into one element, not one JSX call per KaTeX span', async () => {
    const { code } = await compileChapter('math', root);
    expect(code).not.toMatch(/className:\s*"(mord|mfrac|vlist)/);
    expect(code).toContain('dangerouslySetInnerHTML');
  });
});
