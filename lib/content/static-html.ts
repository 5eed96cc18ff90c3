import type { Program } from 'estree';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';

/** `dangerouslySetInnerHTML={{ __html: html }}` as an MDX JSX attribute (its value as estree, as MDX compiles it). */
export function innerHtmlAttribute(html: string): MdxJsxAttribute {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExpressionStatement',
        expression: {
          type: 'ObjectExpression',
          properties: [
            {
              type: 'Property',
              kind: 'init',
              method: false,
              shorthand: false,
              computed: false,
              key: { type: 'Identifier', name: '__html' },
              value: { type: 'Literal', value: html },
            },
          ],
        },
      },
    ],
  };
  return {
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: { type: 'mdxJsxAttributeValueExpression', value: '', data: { estree: program } },
  };
}

interface WithStaticHtml {
  data?: { staticHtml?: string };
}

/** Marks an MDX JSX node as rendering exactly `html` (the node's own outer HTML), for plugins that inline it. */
export function markStaticHtml<T extends object>(node: T, html: string): T {
  (node as WithStaticHtml).data = { ...(node as WithStaticHtml).data, staticHtml: html };
  return node;
}

/** The outer HTML a node was marked with, if any. */
export function staticHtmlOf(node: object): string | undefined {
  return (node as WithStaticHtml).data?.staticHtml;
}
