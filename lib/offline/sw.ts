/**
 * The service worker (served as /sw.js; scripts/build-sw.ts bundles this file and writes the
 * precache list into it). It keeps the whole course, every page, chunk, wasm binary and data
 * set, in the browser's cache, so that after one visit the course works with the network off.
 *
 * Everything it precaches is answered from the cache first: the pages, the chunks they load and
 * the files cells fetch all come from one build, so a learner never mixes two versions. A new
 * build brings a new /sw.js (its precache list changes); it installs beside this one and waits
 * until every tab of the site is closed, so nothing changes under an open lesson. Why: see
 * docs/DECISIONS.md ("Offline: one service worker, precached whole").
 */
import { NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    /** Replaced by the precache list when the site is built. */
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

/**
 * A Web Worker's script is answered with a copy that names no URL of its own, so the worker's
 * `location` stays the URL it was started with. Turbopack passes the kernel worker its chunk
 * list in that URL's fragment (`turbopack-worker-….js#params=…`), and a cached response would
 * replace it with the fragment-less URL it was fetched from ("Missing worker bootstrap config").
 */
const workerKeepsItsUrl: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
    if (!cachedResponse || !(event instanceof FetchEvent) || event.request.destination !== 'worker') return cachedResponse;
    const { status, statusText, headers } = cachedResponse;
    return new Response(cachedResponse.body, { status, statusText, headers });
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // A static file is the same whatever its query: Next's router adds `?_rsc=…` to route
    // payloads, and the icon carries a cache-busting query.
    ignoreURLParametersMatching: [/.*/],
    // Pages are precached under their clean URLs (lib/offline/precache.ts), so neither
    // `.html` nor `index.html` variants need trying.
    cleanURLs: false,
    directoryIndex: null,
    concurrency: 6,
    plugins: [workerKeepsItsUrl],
  },
  // A new version waits for the next visit: never swapped in under an open lesson.
  skipWaiting: false,
  // The first install takes over the page that installed it, so a learner who goes offline
  // right after their first visit can still open chapters from that same tab.
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  // A page this build does not have (a chapter added later, a mistyped URL): the network, or
  // offline the 404 page.
  runtimeCaching: [{ matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate', handler: new NetworkOnly() }],
  fallbacks: { entries: [{ url: '/404', matcher: ({ request }) => request.destination === 'document' }] },
});

/**
 * HEAD requests for precached URLs are answered from the precache too. Next's router sends
 * them before following a link (does the page exist?) and, once the browser reports being
 * offline, to poll for the connection; unanswered, navigations would wait for the network.
 */
serwist.registerCapture(
  ({ url, sameOrigin }) => sameOrigin && serwist.getPrecacheKeyForUrl(url.pathname) !== undefined,
  async ({ url }) => {
    const cached = await serwist.matchPrecache(url.pathname);
    if (!cached) return fetch(url, { method: 'HEAD' });
    return new Response(null, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
  },
  'HEAD',
);

serwist.addEventListeners();
