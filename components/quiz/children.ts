import { Children, cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * Walks an author's MDX children the way react.dev's Challenges do: marker elements (a
 * <Choice>, an <Explain>) are pulled out and everything else is kept as it was. MDX may wrap an
 * inline marker in a paragraph, so plain HTML elements are searched too; other components are
 * left alone (a <Callout> in a question keeps its own children).
 */

type AnyElement = ReactElement<{ children?: ReactNode }>;

export function isElementOf<P>(node: ReactNode, type: (props: P) => ReactNode): node is ReactElement<P> {
  return isValidElement(node) && node.type === type;
}

const isBlank = (node: ReactNode) => node == null || typeof node === 'boolean' || (typeof node === 'string' && node.trim() === '');

export interface Split {
  /** The markers found, in document order. */
  found: ReactElement[];
  /** The children without them; null when nothing but whitespace is left. */
  rest: ReactNode;
}

export function extract(children: ReactNode, types: readonly ((props: never) => ReactNode)[]): Split {
  const found: ReactElement[] = [];
  const walk = (nodes: ReactNode): ReactNode[] => {
    const kept: ReactNode[] = [];
    Children.forEach(nodes, (node) => {
      if (isValidElement(node) && types.includes(node.type as never)) {
        found.push(node);
        return;
      }
      const el = node as AnyElement;
      if (isValidElement(node) && (typeof node.type === 'string' || node.type === Fragment) && el.props.children != null) {
        const inner = walk(el.props.children);
        // A paragraph that only held an inline marker would be an empty <p>; drop it.
        if (inner.every(isBlank)) return;
        kept.push(cloneElement(el, { key: kept.length }, ...inner));
        return;
      }
      kept.push(isValidElement(node) ? cloneElement(node, { key: kept.length }) : node);
    });
    return kept;
  };
  const kept = walk(children);
  return { found, rest: kept.every(isBlank) ? null : kept };
}
