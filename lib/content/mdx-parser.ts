import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';
import type { PluggableList } from 'unified';
import type {} from 'mdast-util-mdx';

/**
 * The syntax extensions every MDX file is read with (GFM tables, $…$ math). The build's plugin
 * list (mdx-plugins.ts) starts from this one, so the checker and the build read the same syntax.
 */
export const syntaxPlugins: PluggableList = [remarkGfm, remarkMath];

/**
 * Parses MDX to a syntax tree with positions, without running any transform: the checker looks
 * at what the author wrote. Throws the parser's VFileMessage (with line and column) on a syntax error.
 */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(syntaxPlugins).parse(source);
}
