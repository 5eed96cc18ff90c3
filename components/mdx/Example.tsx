import type { ReactNode } from 'react';
import './example.css';

/**
 * The MDX an author writes, beside what it renders. Produced from a ```mdx example fence by
 * lib/content/remark-examples.ts, so `source` and `children` come from the same text.
 */
export function Example({ source, children }: { source: string; children: ReactNode }) {
  return (
    <figure className="example">
      <div className="example-source">
        <p className="example-label">MDX</p>
        {/* Focusable so keyboard users can scroll long lines. */}
        <pre tabIndex={0} aria-label="MDX source of this example">
          <code className="language-mdx">{source}</code>
        </pre>
      </div>
      <div className="example-result">
        <p className="example-label">Result</p>
        {children}
      </div>
    </figure>
  );
}
