import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { ChapterInventory } from './inventory';
import { checkTitle } from './check-titles';

/**
 * Remark plugin: collects the chapter's inventory (quiz, reflect, exercise and cell ids) so the
 * site knows what "complete" means, and each check's short title for /progress. It checks nothing: the content checker's rules
 * (lib/content/check) are the only rules, and compile.ts runs them before bundling.
 */

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Node = Root | RootContent;

const isJsx = (node: Node): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function stringId(node: Jsx): string | null {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : null;
}

function cellId(code: Code): string | null {
  if (!code.meta || !/^cell\b/.test(code.meta)) return null;
  return /\bid="([^"]+)"/.exec(code.meta)?.[1] ?? /\bid=(\S+)/.exec(code.meta)?.[1] ?? null;
}

const listOf: Record<string, keyof ChapterInventory> = { Quiz: 'quizzes', Reflect: 'reflects', Exercise: 'exercises' };

/** remarkCells turns cell fences into components, so this runs before it (mdx-plugins.ts). */
export function remarkInventory(options: { into: ChapterInventory; titles?: Record<string, string> }) {
  return (tree: Root) => {
    const visit = (node: Node) => {
      const id = node.type === 'code' ? cellId(node) : isJsx(node) && node.name && listOf[node.name] ? stringId(node) : null;
      const list = node.type === 'code' ? options.into.cells : isJsx(node) && node.name ? options.into[listOf[node.name]] : undefined;
      if (id && list && !list.includes(id)) {
        list.push(id);
        if (options.titles && isJsx(node)) options.titles[id] = checkTitle(node) ?? id;
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
