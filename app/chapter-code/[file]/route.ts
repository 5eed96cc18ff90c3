import { getChapter, getGuide, getOutline } from '@/lib/content';
import { chapterCodeFile } from '@/lib/content/chapter-code';
import type { CompiledChapter } from '@/lib/content/compile';

// Each chapter's compiled MDX as its own file in the static export. The page's HTML does not
// carry it (components/lesson/LessonBody.tsx fetches it to hydrate), which halves the HTML.
export const dynamic = 'force-static';
export const dynamicParams = false;

async function allPages(): Promise<CompiledChapter[]> {
  const { chapters } = await getOutline();
  return Promise.all([...chapters.map(({ slug }) => getChapter(slug)), getGuide()]);
}

export async function generateStaticParams() {
  return (await allPages()).map(({ slug, code }) => ({ file: chapterCodeFile(slug, code) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const page = (await allPages()).find(({ slug, code }) => chapterCodeFile(slug, code) === file);
  if (!page) return new Response('no such chapter code', { status: 404 });
  return new Response(page.code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
