import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeSlug from 'rehype-slug';
import rehypeKatex from 'rehype-katex';
import type { PluggableList } from 'unified';
import { rehypeCollectHeadings, type Heading } from './headings';
import { rehypeKatexAsHtml } from './rehype-katex-html';
import { remarkExamples } from './remark-examples';
import { remarkDisplayMathLines } from './remark-display-math';
import { remarkCells } from './remark-cells';
import { remarkQuizzes, type QuizCollector } from './remark-quizzes';

/**
 * The one list of MDX plugins used by the build, the dev server and the content checker,
 * so that what the checker accepts is exactly what the site renders.
 */
export function remarkPlugins(quizzes?: QuizCollector): PluggableList {
  // remarkExamples first: it expands ```mdx example fences into nodes the later plugins transform.
  // remarkQuizzes reads cell fences, so it runs before remarkCells turns them into components.
  return [remarkExamples, remarkGfm, remarkMath, remarkDisplayMathLines, [remarkQuizzes, { into: quizzes }], remarkCells];
}

export function rehypePlugins(headings: Heading[]): PluggableList {
  // KaTeX renders at build time; MathML is kept for screen readers ("htmlAndMathml"). Each
  // formula then reaches the page as one HTML string (rehype-katex-html.ts).
  return [
    rehypeSlug,
    [rehypeCollectHeadings, { into: headings }],
    [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true, strict: false }],
    rehypeKatexAsHtml,
  ];
}
