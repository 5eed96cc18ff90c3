import rehypeSlug from 'rehype-slug';
import rehypeKatex from 'rehype-katex';
import type { PluggableList } from 'unified';
import { rehypeCollectHeadings, type Heading } from './headings';
import { rehypeKatexAsHtml } from './rehype-katex-html';
import { rehypeStaticProse } from './rehype-static-prose';
import { remarkExamples } from './remark-examples';
import { remarkDisplayMathLines } from './remark-display-math';
import { remarkCells } from './remark-cells';
import { remarkInventory } from './remark-inventory';
import { syntaxPlugins } from './mdx-parser';
import type { ChapterInventory } from './inventory';

/**
 * The one list of MDX plugins used by the build, the dev server and the content checker,
 * so that what the checker accepts is exactly what the site renders.
 */
export function remarkPlugins(inventory: ChapterInventory, checkTitles?: Record<string, string>): PluggableList {
  // remarkExamples first: it expands ```mdx example fences into nodes the later plugins transform.
  // remarkInventory reads cell fences, so it runs before remarkCells turns them into components.
  return [
    remarkExamples,
    ...syntaxPlugins,
    remarkDisplayMathLines,
    [remarkInventory, { into: inventory, titles: checkTitles }],
    remarkCells,
  ];
}

export function rehypePlugins(headings: Heading[]): PluggableList {
  // KaTeX renders at build time; MathML is kept for screen readers ("htmlAndMathml"). Each
  // formula then reaches the page as one HTML string (rehype-katex-html.ts).
  return [
    rehypeSlug,
    [rehypeCollectHeadings, { into: headings }],
    [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true, strict: false }],
    rehypeKatexAsHtml,
    // Last: prose that holds no component reaches the page as HTML strings (rehype-static-prose.ts).
    rehypeStaticProse,
  ];
}
