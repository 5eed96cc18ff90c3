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

/**
 * The page's markup with the chapter's stylesheet put back inline: each `k…` class replaced by
 * the style its rule holds (less `!important`). The sheet must be the article's first element.
 */
function withStylesInline(html: string): string {
  const sheet = /^<style>(.*?)<\/style>/.exec(html);
  if (!sheet) throw new Error(`the chapter does not start with its formula stylesheet: ${html.slice(0, 80)}`);
  const rules = new Map([...sheet[1].matchAll(/\.(k[0-9a-z]{5})\{([^}]*)\}/g)].map((m) => [m[1], m[2].replaceAll('!important', '') + ';']));
  return html.slice(sheet[0].length).replace(/ class="([^"]*)"/g, (all, classes: string) => {
    const names = classes.split(' ');
    const own = names.find((n) => rules.has(n));
    if (!own) return all;
    const rest = names.filter((n) => n !== own);
    return `${rest.length ? ` class="${rest.join(' ')}"` : ''} style="${rules.get(own)}"`;
  });
}

/** KaTeX's own rendering less its TeX annotation, re-serialized so that attribute order and entity spelling do not matter. */
const typeset = (tex: string, displayMode: boolean) =>
  toHtml(
    fromHtml(
      katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', strict: false }).replace(/<annotation.*?<\/annotation>/, ''),
      { fragment: true },
    ),
  );

describe('formulas reach the page as HTML strings', () => {
  it('renders what KaTeX renders, its inline styles moved into one stylesheet ahead of every formula', async () => {
    const { code } = await compileChapter('math', root);
    const html = renderToStaticMarkup(createElement(getMDXComponent(code)));
    expect(html.match(/<style>/g)).toHaveLength(1);
    const body = html.slice(html.indexOf('</style>'));
    expect(body).not.toMatch(/<span[^>]* style=/);
    expect(body).not.toContain('<annotation');
    expect(body).toContain('<math');
    const restored = toHtml(fromHtml(withStylesInline(html), { fragment: true }));
    expect(restored).toContain(typeset('p_g(x) < 1', false));
    expect(restored).toContain(typeset('D^*(x) = \\frac{p(x)}{p(x) + q(x)}', true));
  });

  it('gives each distinct style one class and one !important rule', async () => {
    const { code } = await compileChapter('math', root);
    const html = renderToStaticMarkup(createElement(getMDXComponent(code)));
    const css = /^<style>(.*?)<\/style>/.exec(html)![1];
    const rules = [...css.matchAll(/\.(k[0-9a-z]{5})\{([^}]*)\}/g)];
    expect(rules.map((m) => m[0]).join('')).toBe(css);
    expect(new Set(rules.map((m) => m[1])).size).toBe(rules.length);
    expect(new Set(rules.map((m) => m[2])).size).toBe(rules.length);
    for (const [, , body] of rules) for (const d of body.split(';')) expect(d).toMatch(/^[a-z-]+:[^;!]+!important$/);
  });

  it('compiles a formula into one element, not one JSX call per KaTeX span', async () => {
    const { code } = await compileChapter('math', root);
    expect(code).not.toMatch(/className:\s*"(mord|mfrac|vlist)/);
    expect(code).toContain('dangerouslySetInnerHTML');
  });
});
