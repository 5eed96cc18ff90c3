import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { remarkCells } from './remark-cells';
import { cellFence } from './cell-fence';
import { parseMdx } from './mdx-parser';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

async function compileMdx(source: string): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkCells], jsx: true }));
}

describe('cellFence', () => {
  const fence = (meta: string) => cellFence({ type: 'code', lang: 'js', meta, value: '' });
  it('reads strings, numbers and flags, and ignores fences that are not cells', () => {
    expect(fence('cell id="a-b" seed=7 autorun backend=\'wasm\'')).toEqual({
      options: { id: 'a-b', seed: '7', autorun: true, backend: 'wasm' },
      junk: [],
    });
    expect(fence('title="x"')).toBeNull();
    expect(fence('cell id="a" seed="1')?.junk).toEqual(['="1']);
  });
});

describe('remarkCells', () => {
  it('turns a cell fence into a <Cell> with its code, options and highlighted HTML', async () => {
    const out = await compileMdx('# T\n\n```js cell id="geom" seed=7 readonly\nconst x = 1; // <b>\n```\n');
    expect(out).toMatch(/<Cell\b/);
    expect(out).toMatch(/id="geom"/);
    expect(out).toMatch(/seed=\{7\}/);
    expect(out).toMatch(/readonly/);
    expect(out).toContain('tok-keyword');
    // Code is escaped in the highlighted HTML, never injected as markup.
    expect(out).toContain('// &amp;lt;b&amp;gt;'); // JSX-escaped &lt;b&gt;
  });

  it('puts the page kernel toolbar on the first cell only, inside a component or not, so it is in the prerendered HTML', async () => {
    const out = await compileMdx(
      '<Callout>\n\n```js cell id="one"\na\n```\n\n</Callout>\n\n```js cell id="two"\nb\n```\n\n```js cell id="three"\nc\n```\n',
    );
    // Each <Cell …/> up to the next one (its highlighted HTML holds '>' characters).
    const cells = out.split('<Cell ').slice(1);
    expect(cells.map((c) => /id="(\w+)"/.exec(c)?.[1])).toEqual(['one', 'two', 'three']);
    expect(cells.map((c) => /\bkernelBar\b/.test(c))).toEqual([true, false, false]);
  });

  it('leaves ordinary code fences alone', async () => {
    const out = await compileMdx('```js\nconst x = 1;\n```\n');
    expect(out).not.toContain('Cell');
  });

  it('passes numbers (seed, budget) as numbers', async () => {
    expect(await compileMdx('```js cell id="quick" seed=3 budget=2.5\nx\n```\n')).toMatch(/seed=\{3\}[\s\S]*budget=\{2\.5\}/);
  });

  it('lifts an exercise’s starter, solution and check fences into props', async () => {
    const src =
      '<Exercise id="ex-1" title="T">\nDo it.\n\n```js starter\nlet a;\n```\n\n```js solution\nlet a = 1;\n```\n\n```js check\ncheck("a", () => a === 1);\n```\n</Exercise>\n';
    const out = await compileMdx(src);
    expect(out).toMatch(/starter="let a;"/);
    expect(out).toMatch(/solution="let a = 1;"/);
    expect(out).toMatch(/check="check\(&quot;a&quot;|check=\{?"check\(\\"a\\"/);
    expect(out).toContain('Do it.');
    expect(out).not.toContain('<_components.pre');
  });

  it('makes a one-line <Hint> a block of the exercise, like a hint written on lines of its own', async () => {
    const src =
      '<Exercise id="ex-1">\nDo it.\n\n<Hint>First, $x$.</Hint>\n\n<Hint>\nSecond.\n</Hint>\n\n```js starter\nlet a;\n```\n\n```js check\ncheck("a", () => a === 1);\n```\n</Exercise>\n';
    const out = await compileMdx(src);
    // Both hints are children of the exercise, each holding a paragraph; none sits inside a <p>.
    const hints = [...out.matchAll(/<Hint>\s*<_components\.p>([\s\S]*?)<\/_components\.p>\s*<\/Hint>/g)].map((m) =>
      m[1].replace(/\s+/g, ' ').trim(),
    );
    expect(hints).toHaveLength(2);
    expect(hints[0]).toContain('First,');
    expect(hints[1]).toBe('{"Second."}');
    expect(out).not.toMatch(/<_components\.p>\s*<Hint>/);
    // So are hints in a tree parsed without MDX's compiler (an ```mdx example), still inside their paragraph.
    const tree = parseMdx(src);
    remarkCells()(tree);
    const exercise = tree.children[0] as MdxJsxFlowElement;
    const hintNodes = exercise.children.filter((c) => c.type === 'mdxJsxFlowElement' && c.name === 'Hint');
    expect(hintNodes.map((h) => (h as MdxJsxFlowElement).children.map((c) => c.type))).toEqual([['paragraph'], ['paragraph']]);
    // Several on one line are blocks too (MDX unravels a paragraph of JSX alone).
    const two = await compileMdx(src.replace('<Hint>First, $x$.</Hint>', '<Hint>One.</Hint> <Hint>Two.</Hint>'));
    expect(two).toMatch(/<Hint><_components\.p>\{"One\."\}<\/_components\.p><\/Hint><Hint><_components\.p>\{"Two\."\}/);
  });
});
