import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { toHtml } from 'hast-util-to-html';
import { innerHtmlAttribute, staticHtmlOf } from './static-html';

/**
 * Plain tags that components/mdx replaces with a component (`pre: Pre`): they stay React elements.
 * A test reads the registry and fails if it maps a tag that is not listed here.
 */
export const COMPONENT_TAGS = new Set(['pre']);

type Node = Root | RootContent | ElementContent;

/** True when a node renders the same HTML whatever React does: no component, expression or replaced tag inside. */
function isStatic(node: Node): boolean {
  if (staticHtmlOf(node) !== undefined) return true;
  switch (node.type) {
    case 'text':
    case 'comment':
      return true;
    case 'element':
      return !COMPONENT_TAGS.has(node.tagName) && node.children.every(isStatic);
    default:
      return false; // MDX components, {expressions}, ESM
  }
}

/**
 * An element's attributes as MDX would compile them: a table cell's `align` becomes an inline
 * text-align, which the stylesheet's own alignment of cells cannot override.
 */
function asCompiled(node: Element): Properties {
  const { align, ...rest } = node.properties;
  if ((node.tagName !== 'td' && node.tagName !== 'th') || typeof align !== 'string') return node.properties;
  return { ...rest, style: `text-align:${align}${rest.style ? `;${String(rest.style)}` : ''}` };
}

/** A static subtree as HTML; formulas (already HTML strings) go in as they are. */
function htmlOf(nodes: ElementContent[]): string {
  const raw = (node: ElementContent): ElementContent => {
    const html = staticHtmlOf(node);
    if (html !== undefined) return { type: 'raw', value: html } as unknown as ElementContent;
    return node.type === 'element' ? { ...node, properties: asCompiled(node), children: node.children.map(raw) } : node;
  };
  return toHtml(nodes.map(raw), { allowDangerousHtml: true });
}

/**
 * The outer element's attributes as JSX, or null when it has one this plugin does not translate
 * (then its children are tried instead). Prose blocks carry at most an id (headings) and classes.
 */
function jsxAttributes(properties: Properties): MdxJsxAttribute[] | null {
  const attributes: MdxJsxAttribute[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null) continue;
    if (name === 'id' && typeof value === 'string') attributes.push({ type: 'mdxJsxAttribute', name: 'id', value });
    else if (name === 'className' && Array.isArray(value))
      attributes.push({ type: 'mdxJsxAttribute', name: 'className', value: value.join(' ') });
    else return null;
  }
  return attributes;
}

/**
 * The element, rendered by React as an empty tag whose content is its children's HTML; null if it
 * cannot be. (Flow or text makes no difference to the compiled JSX.)
 */
function island(node: Element): MdxJsxFlowElementHast | null {
  const attributes = jsxAttributes(node.properties);
  if (!attributes) return null;
  return {
    type: 'mdxJsxFlowElement',
    name: node.tagName,
    attributes: [...attributes, innerHtmlAttribute(htmlOf(node.children))],
    children: [],
  };
}

/**
 * Rehype plugin (last): every outermost element whose content is plain prose (text, emphasis,
 * links, inline code, formulas) becomes one element whose content is an HTML string. React then
 * creates and hydrates one node per paragraph, heading, list or table instead of one per word
 * group, and never walks inside it; the chapter's code carries a string instead of nested JSX
 * calls. Elements that hold a component or an expression stay React elements, and their static
 * children are tried in turn, so cells, quizzes, figures and parameters work as before. The DOM
 * is the same: React does not hydrate inside dangerouslySetInnerHTML, and renders it as given.
 */
export function rehypeStaticProse() {
  return (tree: Root) => {
    const visit = (parent: { children: Node[] }) => {
      parent.children.forEach((child, index) => {
        if (child.type === 'element') {
          const replaced = child.children.length > 0 && isStatic(child) ? island(child) : null;
          if (replaced) parent.children[index] = replaced;
          else visit(child);
        } else if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && staticHtmlOf(child) === undefined) {
          visit(child as { children: Node[] });
        }
      });
    };
    visit(tree);
  };
}
