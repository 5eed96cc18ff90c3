'use client';
import { useEffect, useState } from 'react';

/** A heading is current once its top passes this share of the viewport's height. */
const READING_LINE = 0.3;

/**
 * The id of the section the reader is in: the last of `ids` whose heading is above the reading
 * line. An IntersectionObserver says when a heading crosses that line, so nothing is measured
 * while the reader scrolls within a section.
 */
export function useCurrentHeading(ids: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join(' ');

  useEffect(() => {
    const headings = key
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      const line = window.innerHeight * READING_LINE;
      let found: string | null = null;
      for (const h of headings) {
        if (h.getBoundingClientRect().top > line) break;
        found = h.id;
      }
      setCurrent(found);
    };
    const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
    for (const h of headings) observer.observe(h);
    return () => observer.disconnect();
  }, [key]);

  return current;
}
