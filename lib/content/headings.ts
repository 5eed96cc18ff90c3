import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** Rehype plugin (after rehype-slug): collects h2/h3 for the lesson's table of contents. */
export function rehypeCollectHeadings(options: { into: Heading[] }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      options.into.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: toString(node).trim() });
    });
  };
}
