import type { Heading } from '@/lib/content/headings';

export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length === 0) return <div className="toc" />;
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <ul>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'toc-sub' : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
