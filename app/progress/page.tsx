import type { Metadata } from 'next';
import { getChapter, getOutline } from '@/lib/content';
import { ProgressDashboard } from '@/components/progress/ProgressDashboard';
import { inlineMathToHtml } from '@/lib/content/inline-math';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'Everything you have done in the course, with export, import and reset.',
};

export default async function ProgressPage() {
  const { chapters } = await getOutline();
  const compiled = await Promise.all(chapters.map(({ slug }) => getChapter(slug)));
  // Each check's title is typeset here, at build time, like the lesson's own math.
  const rows = compiled.map(({ slug, frontmatter, inventory, checkTitles }) => ({
    slug,
    title: frontmatter.title,
    inventory,
    checkTitles: Object.fromEntries(Object.entries(checkTitles).map(([id, title]) => [id, inlineMathToHtml(title)])),
  }));
  return (
    <main id="main" className="progress-page">
      <h1>Your progress</h1>
      <ProgressDashboard chapters={rows} />
    </main>
  );
}
