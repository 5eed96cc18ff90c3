import Link from 'next/link';
import { getOutline } from '@/lib/content';

export default async function HomePage() {
  const { course, chapters } = await getOutline();
  return (
    <main id="main" className="home">
      <section className="hero">
        <h1>{course.title}</h1>
        <p className="pitch">{course.pitch}</p>
        <Link className="button primary" href={`/learn/${chapters[0]?.slug ?? ''}`}>
          Start the course
        </Link>
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
                  <Link href={`/learn/${slug}`}>{frontmatter.title}</Link>
                  {frontmatter.draft && <span className="badge">draft</span>}
                </h3>
                <p>{frontmatter.summary}</p>
                <p className="meta">{frontmatter.minutes} min</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
