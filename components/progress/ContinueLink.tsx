'use client';
import Link from 'next/link';
import { useProgress } from './useProgress';
import './progress.css';

/** "Continue where you left off", in a slot of fixed height that is empty until there is somewhere to continue. */
export function ContinueLink({ titles }: { titles: Record<string, string> }) {
  const last = useProgress().lastVisited;
  const title = last ? titles[last.slug] : undefined;
  return (
    <p className="continue-slot">
      {last && title && (
        <Link prefetch={false} className="button continue-link" href={`/learn/${last.slug}`}>
          Continue where you left off: {title}
        </Link>
      )}
    </p>
  );
}
