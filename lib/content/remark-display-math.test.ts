import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { remarkDisplayMathLines } from './remark-display-math';

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkDisplayMathLines);
  const file = new VFile(markdown);
  return processor.runSync(processor.parse(file), file) as Root;
}

describe('remarkDisplayMathLines', () => {
  it('turns a one-line $$…$$ that opens a paragraph into display math, the sentence after it kept', () => {
    const tree = transform('$$D^*(x)=1/2$$\nSetting the derivative to zero.');
    expect(tree.children.map((c) => c.type)).toEqual(['math', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ type: 'math', value: 'D^*(x)=1/2' });
    expect(tree.children[1]).toMatchObject({ children: [{ type: 'text', value: 'Setting the derivative to zero.' }] });
  });
  it('leaves single-dollar inline math at the start of a paragraph inline', () => {
    const tree = transform('$x$ is a number.');
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
  });
  it('leaves $$…$$ in the middle of a sentence alone', () => {
    const tree = transform('so $$a+b$$ holds.');
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
  });
  it('makes a paragraph that is only $$…$$ a display equation with nothing after it', () => {
    const tree = transform('$$E = mc^2$$');
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'math', value: 'E = mc^2' });
  });
});

describe('remarkDisplayMathLines with KaTeX', () => {
  it('typesets the promoted equation in display mode', async () => {
    const { default: remarkRehype } = await import('remark-rehype');
    const { default: rehypeKatex } = await import('rehype-katex');
    const processor = unified().use(remarkParse).use(remarkMath).use(remarkDisplayMathLines).use(remarkRehype).use(rehypeKatex);
    const file = new VFile('$$x^2$$\nA square.');
    const hast = await processor.run(processor.parse(file), file);
    const classes: string[] = [];
    visit(hast, 'element', (el: Element) => {
      classes.push(...((el.properties.className as string[] | undefined) ?? []));
    });
    expect(classes).toContain('katex-display');
  });
});
