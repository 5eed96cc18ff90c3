/**
 * The layer rules of this codebase, in one place. `npm run lint:deps` (part of `npm test`)
 * checks every import against them; ARCHITECTURE.md explains the layers.
 */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-not-ui',
      comment: 'lib/ is logic with no React: it must not import components/ or app/ (the UI depends on lib, never the reverse).',
      severity: 'error',
      from: { path: '^lib/', pathNot: '\\.test\\.tsx?$|^lib/content/check/fixtures/' },
      to: { path: '^(components|app)/' },
    },
    {
      name: 'lib-has-no-react',
      comment: 'lib/ holds no React: hooks and components live in components/ next to what uses them.',
      severity: 'error',
      from: { path: '^lib/', pathNot: '\\.test\\.tsx?$|^lib/content/check/fixtures/' },
      to: { path: '^node_modules/(react|react-dom|next)/' },
    },
    {
      name: 'ml-is-pure',
      comment: 'lib/ml runs the same in the worker and in Node: tfjs and plain TypeScript only (no DOM, Plot, React or kernel).',
      severity: 'error',
      from: { path: '^lib/ml/' },
      to: { path: '^(components|app|lib/(kernel|content|progress|grading|search))/|^node_modules/(react|react-dom|next|@observablehq)/' },
    },
    {
      name: 'mdx-registry-only',
      comment: 'components/mdx is the one place that registers the tags an author may write (the MDXComponents map).',
      severity: 'error',
      from: { pathNot: '^components/mdx/' },
      to: { path: '^node_modules/@types/mdx/' },
    },
    {
      name: 'content-stays-in-its-chapter',
      comment: 'A chapter imports only its own folder, React and the figure kit (the content checker says the same, with file:line).',
      severity: 'error',
      from: { path: '^content/([^/]+)/' },
      to: { path: '^content/', pathNot: '^content/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be read, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-types',
      comment: 'Type-only cycles too: they are the same knot for a reader.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders form layers: if folder A imports folder B, nothing in B imports A.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|\\.next|test-results|lib/content/check/fixtures|e2e/fixtures)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
