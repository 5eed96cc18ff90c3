import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/**
 * The short title /progress shows for a quiz, reflection or exercise: an exercise's `title`, else
 * the first sentence of the question (at most MAX_WORDS words, then "…"). Inline math stays as
 * `$…$`, so the page typesets it like a learning objective (lib/content/inline-math.ts).
 */

const MAX_WORDS = 14;
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Words of a paragraph; a formula or a code span is one word. Nested components (<Numeric/>) are skipped. */
function words(nodes: (PhrasingContent | RootContent)[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(...node.value.replace(/\$/g, '').split(/\s+/).filter(Boolean));
    else if (node.type === 'inlineMath') out.push(`$${node.value}$`);
    else if (node.type === 'inlineCode') out.push(node.value);
    else if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'link' || node.type === 'delete')
      out.push(...words(node.children));
  }
  return out;
}

/** Glues punctuation that followed a formula back onto it ("$x$ ," → "$x$,"). */
function join(list: string[]): string {
  return list.reduce((text, w) => (text && !/^[,.;:?!)]/.test(w) ? `${text} ${w}` : text + w), '');
}

export function checkTitle(node: Jsx): string | null {
  const title = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'title');
  if (typeof title?.value === 'string' && title.value.trim()) return title.value.trim();
  const first = node.children.find((c) => c.type === 'paragraph' && words(c.children).length > 0);
  const all = first?.type === 'paragraph' ? words(first.children) : [];
  if (all.length === 0) return null;
  const end = all.findIndex((w) => /[.?!:]$/.test(w));
  if (end !== -1 && end < MAX_WORDS) return join(all.slice(0, end + 1));
  return all.length > MAX_WORDS ? `${join(all.slice(0, MAX_WORDS))} …` : join(all);
}
