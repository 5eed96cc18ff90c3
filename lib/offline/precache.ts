/**
 * What the service worker precaches: every file of the static export, each under the URL a
 * browser asks for it (scripts/build-sw.ts applies this to out/). Pure, so that the choice of
 * files and URLs is unit-tested without a build.
 */

/** Files of out/ the service worker does not precache. */
export const notPrecached = [
  // Header rules for hosts (scripts/add-csp.ts), and the service worker itself.
  '_headers',
  'sw.js',
  '**/*.map',
  // Next's own copy of the 404 page and its route payloads: unknown URLs get 404.html (as /404).
  '_not-found.html',
  '_not-found.txt',
  '_not-found/**',
];

/**
 * Files whose names carry a hash of their content (Next's chunks, CSS, fonts and the build
 * id's manifests): their URL is their version, so the precache needs no revision for them.
 */
export const versionedByName = /^\/?_next\/static\//;

/**
 * The URL a file of out/ answers under clean URLs, as scripts/serve.mjs and static hosts serve
 * it: index.html → /, learn/x.html → /learn/x, 404.html → /404; other files keep their path.
 * The precache is keyed by these URLs, so a navigation to /learn/x finds its page directly and
 * installing never requests a `.html` URL that a host would answer with a redirect.
 */
export function urlOfFile(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  if (!path.endsWith('.html')) return path;
  const route = path.slice(0, -'.html'.length);
  if (route === '/index') return '/';
  return route.endsWith('/index') ? route.slice(0, -'index'.length) : route;
}

/** A precache entry as @serwist/build lists it: a URL relative to out/, and its revision. */
interface FileEntry {
  url: string;
}

/** The entries under the URLs the site answers (see `urlOfFile`), in a stable order. */
export function toSiteUrls<T extends FileEntry>(entries: T[]): T[] {
  return entries.map((entry) => ({ ...entry, url: urlOfFile(entry.url) })).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
