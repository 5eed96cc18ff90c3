// The one way we serve out/: as a CDN would, with gzip, clean URLs (/learn/x → learn/x.html) and
// the Content-Security-Policy headers that the build wrote to out/_headers (scripts/add-csp.ts).
import fs from 'node:fs';
import compression from 'compression';
import serveHandler from 'serve-handler';

const compress = compression();
const options = {
  public: 'out',
  cleanUrls: true,
  headers: [{ source: '**/*.wasm', headers: [{ key: 'Content-Type', value: 'application/wasm' }] }],
};

/**
 * Reads the Netlify / Cloudflare Pages `_headers` format: a path (exact, or a prefix ending in
 * `*`) on its own line, then its indented `Name: value` lines.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

export function headersFor(rules, pathname) {
  const clean = pathname.replace(/\.html$/, '').replace(/(.)\/$/, '$1');
  return rules
    .filter((r) => (r.path.endsWith('*') ? pathname.startsWith(r.path.slice(0, -1)) : r.path === clean))
    .flatMap((r) => r.headers);
}

let cached = { mtimeMs: -1, rules: [] };
function headerRules() {
  const file = 'out/_headers';
  const mtimeMs = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, rules: mtimeMs ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : [] };
  return cached.rules;
}

export function handleStatic(req, res) {
  let pathname = '/';
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    // A malformed URL gets the site-wide headers; serve-handler answers it.
  }
  for (const [name, value] of headersFor(headerRules(), pathname)) res.setHeader(name, value);
  compress(req, res, () => serveHandler(req, res, options));
}
