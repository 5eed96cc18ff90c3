/**
 * Post-build step (`npm run build` runs it after scripts/add-csp.ts, which rewrites the pages):
 * bundles the service worker (lib/offline/sw.ts) with esbuild and writes into it the precache
 * list of every file in out/, each with a hash of its content, as out/sw.js. A page that
 * changes changes that list, so browsers see a new service worker and fetch only what changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';
import { notPrecached, toSiteUrls, versionedByName } from '../lib/offline/precache';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? 'out');
// The largest file today is the MNIST asset (1.6 MB); a file over this is a mistake to look at.
const MAX_FILE_BYTES = 8 * 1024 * 1024;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-sw-'));
try {
  const bundled = path.join(tmp, 'sw.js');
  await build({
    entryPoints: [path.join(root, 'lib/offline/sw.ts')],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    // Serwist's development logging is dropped; `process` does not exist in a service worker.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: path.join(out, 'sw.js'),
    globDirectory: out,
    globPatterns: ['**/*'],
    globIgnores: notPrecached,
    dontCacheBustURLsMatching: versionedByName,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    manifestTransforms: [(entries) => ({ manifest: toSiteUrls(entries), warnings: [] })],
  });
  // A file left out (too large, say) would fail only offline, later: stop the build instead.
  if (warnings.length) throw new Error(`build-sw: ${warnings.join('\n')}`);
  console.log(`build-sw: out/sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB)`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
