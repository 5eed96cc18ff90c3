import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { remarkCells } from './remark-cells';
import { cellFence } from './cell-fence';

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
});
