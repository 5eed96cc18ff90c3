import Link from 'next/link';
import type { CompiledChapter } from '@/lib/content/compile';
import type { ChapterEntry } from '@/lib/content/course';
import { LessonBody } from './LessonBody';
import { ChapterNav } from './ChapterNav';
import { TableOfContents } from './TableOfContents';
import { NoScriptNotice } from './NoScriptNotice';
import { ChapterTracker } from '@/components/progress/ChapterTracker';
import { SharedLinkProblem } from '@/components/share/SharedLinkProblem';
import { inlineMathToHtml } from '@/lib/content/inline-math';
import { chapterCodeSource } from './chapter-code-src';
import './lesson.css';

interface Props {
  chapter: CompiledChapter;
  chapters: ChapterEntry[];
  index: number;
}

export function LessonLayout({ chapter, chapters, index }: Props) {
  const { frontmatter } = chapter;
  const prev = chapters[index - 1];
  const next = chapters[index + 1];
  return (
    <div className="lesson-grid">
      <ChapterNav chapters={chapters} current={chapter.slug} />
      <main id="main" className="lesson" data-chapter={chapter.slug}>
        <header className="lesson-header">
          <p className="eyebrow">
            Chapter {index + 1} · {frontmatter.minutes} min
            {frontmatter.draft && <span className="badge">draft</span>}
          </p>
          <h1>{frontmatter.title}</h1>
          <p className="lesson-summary">{frontmatter.summary}</p>
          <details className="objectives" open>
            <summary>What you will learn</summary>
            <ul>
              {frontmatter.objectives.map((o) => (
                // Objectives may hold $…$ math, typeset here at build time like the lesson body.
                <li key={o} dangerouslySetInnerHTML={{ __html: inlineMathToHtml(o) }} />
              ))}
            </ul>
          </details>
          <NoScriptNotice />
        </header>
        <SharedLinkProblem cells={chapter.inventory.cells} />
        <LessonBody source={chapterCodeSource(chapter)} slug={chapter.slug} />
        <ChapterTracker slug={chapter.slug} inventory={chapter.inventory} />
        <nav className="prev-next" aria-label="Previous and next chapter">
          {prev ? (
            <Link prefetch={false} href={`/learn/${prev.slug}`} rel="prev" className="prev">
              <span>Previous</span>
              {prev.frontmatter.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link prefetch={false} href={`/learn/${next.slug}`} rel="next" className="next">
              <span>Next</span>
              {next.frontmatter.title}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </main>
      <TableOfContents headings={chapter.headings} />
    </div>
  );
}
