import Link from 'next/link';
import type { ChapterEntry } from '@/lib/content/course';

/**
 * Closed in the HTML so that a phone shows the lesson's title first, with the list one tap away;
 * wider screens show the list in the side column without its toggle (lesson.css).
 */
export function ChapterNav({ chapters, current }: { chapters: ChapterEntry[]; current: string }) {
  return (
    <nav className="chapter-nav" aria-label="Chapters">
      <details>
        <summary>Chapters</summary>
        <ol>
          {chapters.map(({ slug, frontmatter }) => (
            <li key={slug}>
              <Link prefetch={false} href={`/learn/${slug}`} aria-current={slug === current ? 'page' : undefined}>
                {frontmatter.title}
              </Link>
              {frontmatter.draft && <span className="badge">draft</span>}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
