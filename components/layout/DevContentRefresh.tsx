'use client';
import { useEffect } from 'react';
import { usePathname, useRouter } from 'next/navigation';

const everyMs = 1000;
/** How many times a "not found" page asks again; see below. */
const notFoundRetries = 3;

/**
 * `npm run dev` only: polls the content fingerprint and re-renders the page when a chapter, a
 * colocated figure, course.json or the guide changes on disk (the dev server does not watch
 * content/, because the pages read it at request time rather than import it).
 */
function DevPoller({ version }: { version: string }) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    // Starts from the version the server rendered, so an edit made while the page loads is not missed.
    let last = version;
    let retries = 0;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch('/dev/content-version', { cache: 'no-store' });
        const { version: now } = (await response.json()) as { version: string };
        // next dev answers the first visit to a just-created chapter from its stale list of
        // chapters (a 404) while it refreshes that list, so a 404 page asks again a few times.
        const stale404 = document.querySelector('main.not-found') !== null && retries++ < notFoundRetries;
        if (now !== last || stale404) router.refresh();
        last = now;
      } catch {
        // The dev server is restarting; try again on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, everyMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [router, version, pathname]);
  return null;
}

/** Nothing in production: the minifier drops DevPoller, so the static site ships none of it. */
export const DevContentRefresh = process.env.NODE_ENV === 'development' ? DevPoller : () => null;
