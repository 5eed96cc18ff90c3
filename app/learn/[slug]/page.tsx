import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getChapter, getOutline } from '@/lib/content';
import { LessonLayout } from '@/components/lesson/LessonLayout';

interface Params {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  const { chapters } = await getOutline();
  return chapters.map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const { chapters } = await getOutline();
  const entry = chapters.find((c) => c.slug === slug);
  return entry ? { title: entry.frontmatter.title, description: entry.frontmatter.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const { chapters } = await getOutline();
  const index = chapters.findIndex((c) => c.slug === slug);
  if (index < 0) notFound();
  const chapter = await getChapter(slug);
  return <LessonLayout chapter={chapter} chapters={chapters} index={index} />;
}
