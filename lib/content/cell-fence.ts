import type { Code, Nodes } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { exerciseBlocks } from './components';

/**
 * How a fence is read: as a cell (```` ```js cell id="…" seed=7 ````) or as one part of an
 * <Exercise>. The content checker validates what this reads; remark-cells then turns it into props.
 */

export interface CellFence {
  options: Record<string, string | true>;
  /** Text of the options that could not be read, e.g. an unclosed quote. */
  junk: string[];
}

/** A fence is a cell when its meta starts with `cell`; null otherwise. */
export function cellFence(node: Code): CellFence | null {
  const rest = /^cell(?:\s+|$)(.*)$/s.exec(node.meta?.trim() ?? '');
  if (!rest) return null;
  const options: Record<string, string | true> = {};
  const junk: string[] = [];
  const pattern = /\s*([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?\s*/y;
  let text = rest[1];
  while (text.length > 0) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (!m) {
      junk.push(text.trim());
      break;
    }
    options[m[1]] = m[2] ?? m[3] ?? m[4] ?? true;
    text = text.slice(pattern.lastIndex);
  }
  return { options, junk };
}

/** The part a fence plays in an <Exercise> (`starter`, `solution`, `check`), if any. */
export function exercisePart(c: Code): (typeof exerciseBlocks)[number] | undefined {
  return exerciseBlocks.find((p) => c.meta?.trim() === p || (c.lang === p && !c.meta));
}

/**
 * The <Hint>s of a paragraph that holds nothing else (hints written on one line, which MDX parses
 * as text): MDX compiles such a paragraph to the hints alone, as blocks. Empty for anything else.
 */
export function hintsOnly(node: Nodes): MdxJsxTextElement[] {
  if (node.type !== 'paragraph') return [];
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const hints = kids.filter((c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement' && c.name === 'Hint');
  return hints.length === kids.length ? hints : [];
}
