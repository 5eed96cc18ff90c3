'use client';
import type { Heading } from '@/lib/content/headings';
import { useCurrentHeading } from './useCurrentHeading';

export function TableOfContents({ headings }: { headings: Heading[] }) {
  const current = useCurrentHeading(headings.map((h) => h.id));
  if (headings.length === 0) return <div className="toc" />;
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <ul>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'toc-sub' : undefined}>
            <a href={`#${h.id}`} aria-current={h.id === current ? 'location' : undefined}>
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
