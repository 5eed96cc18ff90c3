/**
 * The service worker that `next dev` serves as /sw.js (app/sw.js/route.dev.ts). A browser that
 * once ran the built site on the same address (`npm start` and `npm run dev` both use
 * localhost:3000) still has its service worker, which would keep answering every page from the
 * old build. On the next page load the browser checks /sw.js, finds this one, and it takes over
 * at once, removes itself and the cached build, and reloads the open tabs from the dev server.
 */
export const retiringServiceWorker = `// Minimax under next dev: retires the built site's service worker.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await self.clients.claim();
    await self.registration.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;
