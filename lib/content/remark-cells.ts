import { visit, SKIP } from 'unist-util-visit';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { cellFence, exercisePart, hintsOnly } from './cell-fence';
import { exerciseBlocks } from './components';
import { highlightJs } from './highlight';

/**
 * Turns ```` ```js cell id="x" seed=7 ```` fences into `<Cell …/>` elements and lifts an
 * `<Exercise>`'s `starter`/`solution`/`check` fences into its props, so authors write plain
 * fences and the components receive code plus build-time highlighted HTML. It validates
 * nothing: the content checker, which the build runs first, owns every rule about cells.
 */

/** Cell options that are numbers in the component's props; the rest are strings or flags. */
const NUMERIC_OPTIONS = new Set(['seed', 'budget']);

/**
 * A problem the content checker (which the build runs first, lib/content/check) should have
 * reported with its file:line:column. Reaching one means the checker and this step disagree.
 */
function unchecked(what: string): never {
  throw new Error(`remark-cells: ${what}; the content checker should have refused this chapter (run npm run check:content)`);
}

function attribute(name: string, value: string | number | boolean): MdxJsxAttribute {
  if (value === true) return { type: 'mdxJsxAttribute', name, value: null };
  if (typeof value === 'string') return { type: 'mdxJsxAttribute', name, value };
  // Numbers and `false` are JS expressions; MDX compiles them from this estree.
  const literal = { type: 'Literal' as const, value, raw: String(value) };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: literal }] } },
    },
  };
}

const PHRASING = new Set([
  'text',
  'inlineCode',
  'inlineMath',
  'emphasis',
  'strong',
  'delete',
  'link',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);
const isPhrasing = (node: RootContent) => PHRASING.has(node.type);

function readAttr(node: MdxJsxFlowElement, name: string): string | undefined {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function remarkCells() {
  return (tree: Root) => {
    // The page kernel's toolbar sits above the chapter's first cell. Marking that cell here, rather
    // than finding it in the browser, puts the toolbar in the prerendered HTML: found after
    // hydration, it pushed everything below it down by its height, under the learner's pointer.
    let kernelBarPlaced = false;
    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Exercise') {
        const id = readAttr(node, 'id') ?? unchecked('an <Exercise> without an id');
        const parts: Partial<Record<(typeof exerciseBlocks)[number], string>> = {};
        // A hint written on one line (`<Hint>Try this.</Hint>`) is inline: MDX's compiler makes a
        // paragraph of such hints into blocks holding bare text, while a tree parsed again (an
        // ```mdx example) still has the paragraph. Either way, each becomes a block <Hint> holding
        // a paragraph, like a hint written on lines of its own.
        node.children = node.children.flatMap((child): MdxJsxFlowElement['children'] => {
          const inline = hintsOnly(child);
          if (inline.length === 0) return [child];
          return inline.map((hint) => ({
            type: 'mdxJsxFlowElement',
            name: 'Hint',
            attributes: hint.attributes,
            children: hint.children as never,
            position: hint.position,
          }));
        });
        for (const child of node.children) {
          if (child.type !== 'mdxJsxFlowElement' || child.name !== 'Hint' || !child.children.every(isPhrasing)) continue;
          child.children = [{ type: 'paragraph', children: child.children as PhrasingContent[], position: child.position }];
        }
        node.children = node.children.filter((child) => {
          if (child.type !== 'code') return true;
          parts[exercisePart(child) ?? unchecked(`a fence in <Exercise id="${id}"> that is not starter, solution or check`)] = child.value;
          return false;
        });
        if (parts.starter === undefined || parts.check === undefined) unchecked(`<Exercise id="${id}"> without a starter and a check`);
        for (const part of exerciseBlocks) if (parts[part] !== undefined) node.attributes.push(attribute(part, parts[part]));
        node.attributes.push(attribute('starterHighlighted', highlightJs(parts.starter)));
        if (parts.solution !== undefined) node.attributes.push(attribute('solutionHighlighted', highlightJs(parts.solution)));
        return;
      }
      if (node.type !== 'code' || !parent || index === undefined) return;
      const fence = cellFence(node);
      if (!fence) return;
      const { id, ...flags } = fence.options;
      if (typeof id !== 'string') unchecked('a cell without an id');
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Cell',
        attributes: [
          attribute('id', id),
          attribute('code', node.value),
          attribute('highlighted', highlightJs(node.value)),
          ...Object.entries(flags).map(([k, v]) => attribute(k, NUMERIC_OPTIONS.has(k) && v !== true ? Number(v) : v)),
          ...(kernelBarPlaced ? [] : [attribute('kernelBar', true)]),
        ],
        children: [],
        position: node.position,
      };
      parent.children[index] = element;
      kernelBarPlaced = true;
      return SKIP;
    });
  };
}
