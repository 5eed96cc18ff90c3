'use client';
import { useEffect, useState } from 'react';
import './update-notice.css';

/**
 * Registers the service worker that keeps the course available offline (lib/offline/sw.ts),
 * in production builds only and after the page has loaded, so it never competes with the
 * first paint. When a new version of the site has installed behind the one serving this page,
 * says so quietly: it loads on the next visit, never under an open lesson.
 */
export function OfflineSupport({ title }: { title: string }) {
  const [updated, setUpdated] = useState(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let stop = () => {};
    let cancelled = false;
    const register = () => {
      // The decision code loads with the registration, not with the page.
      Promise.all([container.register('/sw.js', { scope: '/' }), import('@/lib/offline/update')]).then(
        ([registration, { watchForUpdate }]) => {
          // Some test harnesses resolve a blocked registration with nothing.
          if (cancelled || !registration) return;
          stop = watchForUpdate(
            registration,
            () => container.controller !== null,
            () => setUpdated(true),
          );
        },
        // Browsers may refuse (private windows, policies, a full disk): the site works online as before.
        () => {},
      );
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', register);
      stop();
    };
  }, []);

  // The live region is always there, so a screen reader announces the text when it appears.
  return (
    <div role="status" className={updated ? 'update-notice' : undefined}>
      {updated && (
        <>
          <p>{title} was updated — the new version loads on your next visit.</p>
          <button type="button" onClick={() => setUpdated(false)}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
