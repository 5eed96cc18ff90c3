import type { Metadata } from 'next';
import { getChapter, getOutline } from '@/lib/content';
import { ProgressDashboard } from '@/components/progress/ProgressDashboard';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'Everything you have done in the course, with export, import and reset.',
};

export default async function ProgressPage() {
  const { chapters } = await getOutline();
  const compiled = await Promise.all(chapters.map(({ slug }) => getChapter(slug)));
  const rows = compiled.map(({ slug, frontmatter, inventory }) => ({ slug, title: frontmatter.title, inventory }));
  return (
    <main id="main" className="progress-page">
      <h1>Your progress</h1>
      <ProgressDashboard chapters={rows} />
    </main>
  );
}
