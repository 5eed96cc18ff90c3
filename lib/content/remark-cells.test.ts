import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { parseCellMeta, remarkCells } from './remark-cells';

async function compileMdx(source: string): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkCells], jsx: true }));
}

async function failure(source: string): Promise<{ message: string; line?: number; column?: number }> {
  try {
    await compileMdx(source);
  } catch (e) {
    const err = e as { reason?: string; message: string; line?: number; column?: number };
    return { message: err.reason ?? err.message, line: err.line, column: err.column };
  }
  throw new Error('expected the build to fail');
}

describe('parseCellMeta', () => {
  it('reads strings, numbers and flags, and ignores fences that are not cells', () => {
    expect(parseCellMeta('cell id="a-b" seed=7 autorun backend=\'wasm\'')).toEqual({ id: 'a-b', seed: 7, autorun: true, backend: 'wasm' });
    expect(parseCellMeta('title="x"')).toBeNull();
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

  it('fails at the fence line when the id is missing', async () => {
    const f = await failure('text\n\n```js cell seed=3\nx\n```\n');
    expect(f).toMatchObject({ line: 3, column: 1 });
    expect(f.message).toMatch(/needs an id/);
  });

  it('names an unknown option and a bad backend', async () => {
    expect((await failure('```js cell id="a" speed=3\nx\n```\n')).message).toMatch(/unknown option "speed"/);
    expect((await failure('```js cell id="a" backend="tpu"\nx\n```\n')).message).toMatch(/option "backend"/);
    expect((await failure('```js cell id="a" seed=1.5\nx\n```\n')).message).toMatch(/option "seed" must be an integer/);
    expect((await failure('```js cell id="Bad_Id"\nx\n```\n')).message).toMatch(/lower-case-hyphenated/);
  });

  it('passes a run budget in seconds, and rejects one that is not a positive number', async () => {
    expect(await compileMdx('```js cell id="quick" budget=2.5\nx\n```\n')).toMatch(/budget=\{2\.5\}/);
    expect((await failure('```js cell id="a" budget=0\nx\n```\n')).message).toMatch(/option "budget" must be a positive number of seconds/);
    expect((await failure('```js cell id="a" budget="soon"\nx\n```\n')).message).toMatch(/option "budget"/);
  });

  it('fails on a duplicate id at the second use, naming the first', async () => {
    const f = await failure('```js cell id="a"\nx\n```\n\n```js cell id="a"\ny\n```\n');
    expect(f).toMatchObject({ line: 5 });
    expect(f.message).toMatch(/duplicate cell id "a": line 1/);
  });

  it('lifts an exercise’s starter, solution and check fences into props', async () => {
    const src = '<Exercise id="ex-1" title="T">\nDo it.\n\n```js starter\nlet a;\n```\n\n```js solution\nlet a = 1;\n```\n\n```js check\ncheck("a", () => a === 1);\n```\n</Exercise>\n';
    const out = await compileMdx(src);
    expect(out).toMatch(/starter="let a;"/);
    expect(out).toMatch(/solution="let a = 1;"/);
    expect(out).toMatch(/check="check\(&quot;a&quot;|check=\{?"check\(\\"a\\"/);
    expect(out).toContain('Do it.');
    expect(out).not.toContain('<_components.pre');
  });

  it('fails on an exercise without a check fence', async () => {
    const f = await failure('<Exercise id="ex-2">\n\n```js starter\nx\n```\n</Exercise>\n');
    expect(f.message).toMatch(/needs a ```js check fence/);
  });
});
