/**
 * Post-build step (`npm run build` runs it after `next build`): writes each exported page's
 * Content-Security-Policy into the page as a `<meta>`, hashing the inline scripts that page
 * carries, and writes the same policies as HTTP headers to out/_headers (the format Netlify and
 * Cloudflare Pages read; scripts/static-handler.mjs sends them too). `next dev` never runs this,
 * so the dev server has no policy.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  pageHeaderPolicy,
  pagePolicy,
  scriptHashes,
  serviceWorkerPolicy,
  uncoveredInlineScripts,
  withPolicyMeta,
  workerPolicy,
} from './csp';

const out = path.resolve(process.argv[2] ?? 'out');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(file);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

/** The URL a file answers under clean URLs: index.html → /, learn/x.html → /learn/x. */
function routeOf(file: string): string {
  const route = `/${path
    .relative(out, file)
    .split(path.sep)
    .join('/')
    .replace(/\.html$/, '')}`;
  return route === '/index' ? '/' : route;
}

const headers = [
  `/_next/static/*`,
  `  Content-Security-Policy: ${workerPolicy}`,
  // The service worker (scripts/build-sw.ts writes it next): browsers check it for a new version on
  // each visit, so no cache may keep an old one.
  `/sw.js`,
  `  Content-Security-Policy: ${serviceWorkerPolicy}`,
  `  Cache-Control: no-cache`,
];
const files = htmlFiles(out);
for (const file of files) {
  const route = routeOf(file);
  const html = fs.readFileSync(file, 'utf8');
  const hashes = scriptHashes(html);
  const page = withPolicyMeta(html, pagePolicy(hashes));
  const uncovered = uncoveredInlineScripts(page);
  if (uncovered.length) throw new Error(`csp: ${route} has inline scripts its policy does not allow: ${uncovered[0].slice(0, 80)}`);
  fs.writeFileSync(file, page);
  // The 404 page answers unknown URLs, so no path names it; its <meta> alone applies.
  if (route !== '/404' && route !== '/_not-found') headers.push(route, `  Content-Security-Policy: ${pageHeaderPolicy(hashes)}`);
}
fs.writeFileSync(path.join(out, '_headers'), `${headers.join('\n')}\n`);
console.log(`csp: policy written into ${files.length} pages and out/_headers`);
