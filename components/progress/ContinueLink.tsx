'use client';
import Link from 'next/link';
import { useProgress } from './useProgress';
import { continueChapter } from '@/lib/progress/continue';
import type { ChapterInventory } from '@/lib/content/inventory';
import './progress.css';

interface Chapter {
  slug: string;
  title: string;
  inventory: ChapterInventory;
}

/**
 * "Continue where you left off", in a slot of fixed height that is empty until there is somewhere
 * to continue: the chapter in progress, or the next unfinished one (lib/progress/continue.ts).
 */
export function ContinueLink({ chapters }: { chapters: Chapter[] }) {
  const slug = continueChapter(useProgress(), chapters);
  const title = chapters.find((c) => c.slug === slug)?.title;
  return (
    <p className="continue-slot">
      {slug && title && (
        <Link prefetch={false} className="button continue-link" href={`/learn/${slug}`}>
          Continue where you left off: {title}
        </Link>
      )}
    </p>
  );
}
