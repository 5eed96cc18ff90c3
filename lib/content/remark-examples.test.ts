import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { parseMdx } from './mdx-parser';
import { expandExamples } from './remark-examples';

const source = [
  'Intro.', // 1
  '', // 2
  '````mdx example', // 3
  "import Fig from './Fig';", // 4
  '', // 5
  '<Callout kind="note">', // 6
  'Math $x^2$ here.', // 7
  '</Callout>', // 8
  '````', // 9
  '',
].join('\n');

/** The first descendant of `node` (not `node` itself) of the given type. */
function find(node: Nodes, type: string): Nodes | undefined {
  if (!('children' in node)) return undefined;
  for (const c of node.children as Nodes[]) {
    const hit = c.type === type ? c : find(c, type);
    if (hit) return hit;
  }
  return undefined;
}

describe('expandExamples', () => {
  const tree = parseMdx(source);
  expandExamples(tree, source);

  it('replaces the fence by <Example source> holding the parsed MDX', () => {
    const example = tree.children.find((n) => n.type === 'mdxJsxFlowElement');
    expect(example).toMatchObject({ name: 'Example', attributes: [{ name: 'source', value: source.split('\n').slice(3, 8).join('\n') }] });
    expect(find(example as Nodes, 'mdxJsxFlowElement')).toMatchObject({ name: 'Callout' });
  });

  it('moves imports to the top level, where MDX requires them', () => {
    expect(tree.children[0]).toMatchObject({ type: 'mdxjsEsm', value: "import Fig from './Fig';" });
  });

  it('gives inner nodes their positions in the file, offsets included', () => {
    const math = find(tree, 'inlineMath')!;
    expect(math.position?.start).toEqual({ line: 7, column: 6, offset: source.indexOf('$x^2$') });
    const callout = find(tree.children[2] as Nodes, 'mdxJsxFlowElement')!;
    expect(callout.position?.start.line).toBe(6);
  });
});
