import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Nodes } from 'hast';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let root: string;

const chapter = [
  '---\ntitle: T\nsummary: S\nobjectives:\n  - o\nminutes: 5\n---\n',
  '## Why the log\n',
  'Plain text with *emphasis*, **strong**, `inline code`, a [link](https://arxiv.org/abs/1406.2661) and $p_g(x) < 1$ & more.\n',
  '$$\nD^*(x) = \\frac{p(x)}{p(x) + q(x)}\n$$\n',
  '1. For each step:\n   - sample $m$ points\n   - update $\\theta$\n2. Then stop.\n',
  '| a | b |\n| - | -: |\n| $x$ | 2 |\n',
  '> A quote with $\\log 2$.\n',
  // Text that must stay text: markup in inline code, and entities for < and &.
  'Hostile `</p><script>alert(1)</script>` code, &lt;b&gt; and a &amp; b.\n',
  '<Callout kind="note" title="Inside a component">\n\nA paragraph inside a callout, with *emphasis*.\n\n</Callout>\n',
  'A value {6 * 7} inside a sentence with *emphasis*.\n',
  '```js\nconst x = 1;\n```\n',
].join('\n');

/** Stand-ins for the site's components: what matters is where their children land. */
const components = {
  Callout: ({ title, children }: { title: string; children: ReactNode }) => createElement('aside', { title }, children),
};

/** The page's markup, parsed and re-serialized without whitespace-only text (which no browser lays out between these blocks). */
function render(code: string): string {
  const html = renderToStaticMarkup(createElement(getMDXComponent(code), { components }));
  const drop = (node: Nodes): Nodes => {
    if ('children' in node) {
      const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'comment');
      return { ...node, children: children.map((c) => drop(c)) } as Nodes;
    }
    return node;
  };
  // Adjacent text nodes (React separates them with comments) are one in the DOM.
  return toHtml(drop(fromHtml(toHtml(drop(fromHtml(html, { fragment: true }))), { fragment: true })));
}

async function compile(withStaticProse: boolean): Promise<string> {
  vi.resetModules();
  vi.doUnmock('./rehype-static-prose');
  if (!withStaticProse) vi.doMock('./rehype-static-prose', () => ({ rehypeStaticProse: () => () => {} }));
  const { compileChapter } = await import('./compile');
  return (await compileChapter('prose', root)).code;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-prose-'));
  fs.mkdirSync(path.join(root, 'prose'));
  fs.writeFileSync(path.join(root, 'prose', 'index.mdx'), chapter);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('prose reaches the page as HTML strings', () => {
  it('renders the same page as the chapter compiled without it', async () => {
    const plain = render(await compile(false));
    const islands = render(await compile(true));
    expect(plain).toContain('<aside title="Inside a component"><p>A paragraph inside a callout');
    // Re-serialized, so < and & read as hast-util-to-html writes them.
    expect(islands).toContain('<p>Hostile <code>&#x3C;/p>&#x3C;script>alert(1)&#x3C;/script></code> code, &#x3C;b> and a &#x26; b.</p>');
    expect(islands).not.toContain('<script');
    if (islands !== plain) {
      let i = 0;
      while (islands[i] === plain[i]) i++;
      expect(islands.slice(i - 200, i + 200)).toBe(plain.slice(i - 200, i + 200));
    }
  });

  it('compiles each prose block into one element with its content as a string', async () => {
    const code = await compile(true);
    const plain = await compile(false);
    // The paragraph's emphasis, code, link and formula are inside one string, not JSX calls of their own.
    expect(code).toMatch(
      /__html:\s*['"]Plain text with <em>emphasis<\/em>, <strong>strong<\/strong>, <code>inline code<\/code>, a <a href=/,
    );
    expect(plain).not.toContain('Plain text with <em>');
    const calls = (source: string) => (source.match(/\bjsxs?\)?\(/g) ?? []).length;
    expect(calls(code)).toBeLessThan(calls(plain) / 2);
    // The heading keeps its id on the element React creates.
    expect(code).toMatch(/id:\s*"why-the-log"/);
  });

  it('keeps components, and the blocks around them, as React elements', async () => {
    const code = await compile(true);
    const html = render(code);
    // The callout stays a component, and its paragraph (plain prose) becomes a string inside it.
    expect(code).toMatch(/Callout,\s*\{[^}]*title:\s*"Inside a component"/);
    expect(code).toMatch(/__html:\s*['"]A paragraph inside a callout, with <em>emphasis<\/em>\."/);
    // The sentence holding an expression stays JSX: the value is computed in the page, its emphasis beside it.
    expect(html).toContain('<p>A value 42 inside a sentence with <em>emphasis</em>.</p>');
    expect(code).not.toContain('A value 42');
    // Code blocks stay with the component that replaces <pre> on the site.
    expect(code).not.toMatch(/__html:\s*['"]<pre/);
  });

  it('keeps every plain tag the component registry replaces (components/mdx/index.tsx) as a React element', async () => {
    const { COMPONENT_TAGS } = await import('./rehype-static-prose');
    const registry = fs.readFileSync(path.join(__dirname, '../../components/mdx/index.tsx'), 'utf8');
    const body = registry.slice(registry.indexOf('export const mdxComponents'));
    const mapped = [...body.matchAll(/^\s+([a-z][a-z0-9]*):/gm)].map((m) => m[1]);
    expect(mapped).toContain('pre');
    for (const tag of mapped) expect(COMPONENT_TAGS.has(tag), `<${tag}> is replaced by a component`).toBe(true);
  });
});
