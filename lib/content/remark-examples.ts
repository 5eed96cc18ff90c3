import type { Root, RootContent, Code } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { parseMdx } from './mdx-parser';

/** A fenced block ```` ```mdx example ```` shows its MDX source beside the live result. */
function isExampleFence(node: RootContent): node is Code {
  return node.type === 'code' && node.lang === 'mdx' && node.meta?.trim() === 'example';
}

/** Offsets of the start of each line, to turn a line number into an offset. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

function shiftPosition(position: Position | undefined, fence: Code, starts: number[]): Position | undefined {
  const open = fence.position?.start;
  if (!position || !open) return position;
  const indent = open.column - 1;
  const shift = (p: Point): Point => {
    const line = open.line + p.line;
    const lineStart = starts[line - 1] ?? 0;
    return { line, column: p.column + indent, offset: lineStart + indent + (p.column - 1) };
  };
  return { start: shift(position.start), end: shift(position.end) };
}

function shiftTree(node: { position?: Position; children?: unknown[] }, fence: Code, starts: number[]): void {
  node.position = shiftPosition(node.position, fence, starts);
  for (const child of node.children ?? []) shiftTree(child as typeof node, fence, starts);
  const attributes = (node as { attributes?: { position?: Position }[] }).attributes;
  for (const attribute of attributes ?? []) attribute.position = shiftPosition(attribute.position, fence, starts);
}

/**
 * Replaces each example fence by `<Example source="…">` holding the parsed source, so the code
 * panel and the live rendering come from the same text and cannot drift. Imports inside an
 * example move to the top level, where MDX requires them. Positions point into the file.
 */
export function expandExamples(tree: Root, source: string): void {
  const starts = lineStarts(source);
  const hoisted: RootContent[] = [];
  const expand = (parent: { children: RootContent[] }) => {
    parent.children = parent.children.map((node) => {
      if (isExampleFence(node)) {
        const inner = parseMdx(node.value);
        shiftTree(inner, node, starts);
        const element: MdxJsxFlowElement = {
          type: 'mdxJsxFlowElement',
          name: 'Example',
          attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: node.value }],
          children: inner.children.filter((child) => {
            if (child.type !== 'mdxjsEsm') return true;
            hoisted.push(child);
            return false;
          }) as MdxJsxFlowElement['children'],
          position: node.position,
        };
        return element;
      }
      if ('children' in node) expand(node as { children: RootContent[] });
      return node;
    });
  };
  expand(tree);
  tree.children.unshift(...hoisted);
}

/** Remark plugin form of expandExamples; listed first in mdx-plugins so later plugins see the expanded nodes. */
export function remarkExamples() {
  return (tree: Root, file: VFile) => expandExamples(tree, String(file.value));
}
