/**
 * What chapter figures import as `@minimax/figure`. The lesson page provides this module at
 * runtime (mdx-bundler globals), so figures share the page's React and lazy-loaded Plot.
 */
export {};
