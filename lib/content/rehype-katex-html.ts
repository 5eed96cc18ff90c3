import type { Element, Root } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { KatexStyleSheet } from './katex-style-classes';
import { innerHtmlAttribute, markStaticHtml } from './static-html';

function isFormula(node: Element): boolean {
  const className = node.properties?.className;
  return node.tagName === 'span' && Array.isArray(className) && className.includes('katex');
}

/**
 * Rehype plugin (after rehype-katex): each typeset formula becomes one <span class="katex">
 * whose content is its KaTeX HTML and MathML as a string. Otherwise MDX compiles every span of
 * every formula into a JSX call: most of a chapter's code, and most of the elements React walks
 * when it hydrates the page, although formulas never change. React does not hydrate inside
 * dangerouslySetInnerHTML, so the page the reader gets is the same and a formula costs one node.
 * KaTeX's inline styles become classes whose rules lead the chapter in one <style> element
 * (katex-style-classes.ts), ahead of every formula, so no formula paints before its rules apply.
 */
export function rehypeKatexAsHtml() {
  return (tree: Root) => {
    const sheet = new KatexStyleSheet();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!isFormula(node) || !parent || index === undefined) return;
      const html = toHtml(sheet.rewrite(node.children));
      const formula: MdxJsxTextElementHast = {
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'katex' }, innerHtmlAttribute(html)],
        children: [],
      };
      // rehype-static-prose puts the formula into its paragraph's HTML as this.
      parent.children[index] = markStaticHtml(formula, `<span class="katex">${html}</span>`);
      return SKIP;
    });
    const css = sheet.css();
    if (css === '') return;
    tree.children.unshift({
      type: 'mdxJsxFlowElement',
      name: 'style',
      attributes: [innerHtmlAttribute(css)],
      children: [],
    });
  };
}
