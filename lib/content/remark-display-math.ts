import type { Math } from 'mdast-util-math';
import type { Root, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Makes a paragraph that opens with `$$…$$` on one line start with display math, as authors
 * expect. remark-math only treats `$$` as display math when the dollars sit on lines of their
 * own; written on one line (as in a `<Step>` of a derivation, where blank lines are easy to forget)
 * it would be typeset inline and run into the sentence after it.
 */
export function remarkDisplayMathLines() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const first = node.children[0];
      if (!parent || index === undefined || first?.type !== 'inlineMath') return;
      const start = first.position?.start.offset;
      if (start === undefined || !source.startsWith('$$', start)) return;
      const rest = node.children.slice(1);
      const lead = rest[0];
      if (lead?.type === 'text') lead.value = lead.value.replace(/^\s+/, '');
      const kept = rest.filter((c) => !(c.type === 'text' && c.value === ''));
      const replacement: RootContent[] = [displayMath(first.value, first.position)];
      if (kept.length > 0) replacement.push({ type: 'paragraph', children: kept as PhrasingContent[] });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}

/** A display math node shaped as remark-math's own parser makes them, so rehype-katex finds it. */
function displayMath(value: string, position: Math['position']): Math {
  const code = {
    type: 'element' as const,
    tagName: 'code',
    properties: { className: ['language-math', 'math-display'] },
    children: [{ type: 'text' as const, value }],
  };
  return { type: 'math', value, position, data: { hName: 'pre', hChildren: [code] } };
}
