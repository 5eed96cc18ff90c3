import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function isElement(node: Nodes, name: string): node is JsxElement {
  return isJsx(node) && node.name === name;
}

/** An attribute's literal string value; `true` for a bare flag; undefined when absent or an expression. */
export function attribute(node: JsxElement, name: string): string | true | undefined {
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (a.value === null || a.value === undefined) return true;
    if (typeof a.value === 'string') return a.value;
    return undefined;
  }
  return undefined;
}
