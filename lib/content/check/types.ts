import type { Root, Nodes } from 'mdast';
import type { Node } from 'unist';
import type { ContentProblem } from '../errors';
import type { Frontmatter } from '../schema';

/** One MDX file as the checks see it. */
export interface CheckedFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  /** The chapter's slug, or null for a page outside the course (the authoring guide). */
  slug: string | null;
  /** Absolute folder, for resolving the file's relative imports. */
  dir: string;
  /** The MDX body with blank lines in place of the frontmatter, so positions are file positions. */
  body: string;
  frontmatter: Frontmatter | null;
  /** The frontmatter's lines, to locate keys such as `draft:`. */
  frontmatterLines: string[];
  /** Null when the MDX could not be parsed even after blanking its syntax errors (check/syntax.ts). */
  tree: Root | null;
  /** Tags reported as never closed and blanked to parse the rest; their children look parentless. */
  unclosed: Set<string>;
}

export type Problem = ContentProblem;

/** A problem at a node of the tree (its start). */
export function at(file: string, node: Pick<Node, 'position'> | undefined, message: string): Problem {
  const start = node?.position?.start;
  return { file, line: start?.line ?? 1, column: start?.column ?? 1, message };
}

/** Every node of a tree, depth first, with its ancestors (nearest last). */
export function* walk(node: Nodes, ancestors: Nodes[] = []): Generator<[Nodes, Nodes[]]> {
  yield [node, ancestors];
  if ('children' in node) {
    for (const child of node.children) yield* walk(child as Nodes, [...ancestors, node]);
  }
}

/** Line/column (1-based) of an offset in a text. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
