import type { Metadata } from 'next';
import { getGuide } from '@/lib/content';
import { guideSlug } from '@/lib/content/guide';
import { LessonBody } from '@/components/lesson/LessonBody';
import { chapterCodeSource } from '@/components/lesson/chapter-code-src';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import { NoScriptNotice } from '@/components/lesson/NoScriptNotice';
import '@/components/lesson/lesson.css';
import './authoring.css';

export const metadata: Metadata = {
  title: 'Authoring guide',
  description: 'How to write a chapter: layout, frontmatter, math, cells, figures, quizzes, exercises and checks.',
};

/** The instructors' guide: MDX in content-guide/, compiled by the same pipeline as the chapters. */
export default async function AuthoringPage() {
  const guide = await getGuide();
  const { frontmatter } = guide;
  return (
    <div className="guide-grid">
      <main id="main" className="lesson guide" data-chapter={guideSlug}>
        <header className="lesson-header">
          <p className="eyebrow">For instructors · {frontmatter.minutes} min</p>
          <h1>{frontmatter.title}</h1>
          <p className="lesson-summary">{frontmatter.summary}</p>
          <NoScriptNotice />
        </header>
        <LessonBody source={chapterCodeSource(guide)} slug={guideSlug} />
      </main>
      <TableOfContents headings={guide.headings} />
    </div>
  );
}
