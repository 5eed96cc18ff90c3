import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

const routeExtensions = ['tsx', 'ts', 'jsx', 'js'];

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    // A static export: the whole course is files on a CDN; compute happens in each learner's browser.
    output: 'export',
    images: { unoptimized: true },
    // Files named `*.dev.ts(x)` are routes only under `next dev` (the live preview's
    // /dev/content-version); the export never contains them.
    pageExtensions:
      phase === PHASE_DEVELOPMENT_SERVER ? [...routeExtensions.map((ext) => `dev.${ext}`), ...routeExtensions] : routeExtensions,
    // mdx-bundler drives esbuild's native binary at build time; keep both out of the server bundle.
    serverExternalPackages: ['mdx-bundler', 'esbuild'],
    reactStrictMode: true,
    // `npm test` type-checks the whole tree (tsc) as its own step; the build need not do it twice.
    typescript: { ignoreBuildErrors: true },
  };
}
