import Link from 'next/link';
import { getChapter, getOutline } from '@/lib/content';
import { ChapterProgressBar } from '@/components/progress/ChapterProgressBar';
import { ContinueLink } from '@/components/progress/ContinueLink';
import './home.css';

export default async function HomePage() {
  const { course, chapters } = await getOutline();
  // Each chapter's inventory says what its progress bar counts.
  const inventories = new Map((await Promise.all(chapters.map(({ slug }) => getChapter(slug)))).map((c) => [c.slug, c.inventory]));
  const ordered = chapters.map(({ slug, frontmatter }) => ({ slug, title: frontmatter.title, inventory: inventories.get(slug)! }));
  return (
    <main id="main" className="home">
      <section className="hero">
        <h1>{course.title}</h1>
        <p className="pitch">{course.pitch}</p>
        <Link prefetch={false} className="button primary" href={`/learn/${chapters[0]?.slug ?? ''}`}>
          Start the course
        </Link>
        <ContinueLink chapters={ordered} />
      </section>
      <section aria-labelledby="chapters-heading">
        <h2 id="chapters-heading">Chapters</h2>
        <ol className="chapter-list">
          {chapters.map(({ slug, frontmatter }, i) => (
            <li key={slug} className="chapter-card" data-slug={slug}>
              <span className="chapter-number" aria-hidden="true">
                {i + 1}
              </span>
              <div>
                <h3>
                  <Link prefetch={false} href={`/learn/${slug}`}>
                    {frontmatter.title}
                  </Link>
                  {frontmatter.draft && <span className="badge">draft</span>}
                </h3>
                <p>{frontmatter.summary}</p>
                <p className="meta">{frontmatter.minutes} min</p>
                <ChapterProgressBar slug={slug} inventory={inventories.get(slug)!} />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
