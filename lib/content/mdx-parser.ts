import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { remarkPlugins } from './mdx-plugins';

/**
 * Parses MDX to a syntax tree with positions, with the same syntax extensions (GFM, math) as the
 * build, but without running any transform: the checker looks at what the author wrote.
 * Throws the parser's VFileMessage (with line and column) on a syntax error.
 */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkPlugins()).parse(source);
}
