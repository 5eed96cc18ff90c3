// One lint configuration for the whole project; `npm run lint` runs it, and `npm test` runs that.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import nextPlugin from '@next/eslint-plugin-next';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', '.next/', 'test-results/', 'public/', 'next-env.d.ts', '**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Static export: there is no image optimiser, and pages link with plain <a> where Next's Link adds nothing.
      '@next/next/no-img-element': 'off',
    },
  },
  {
    // React lives in components/, app/ and chapter figures; lib/ has none (and names like
    // `useBackend` there are not hooks).
    files: ['{components,app,content,content-guide}/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // These three police code for the React Compiler, which this project does not run: setting
      // "loading" state in an effect, memoising getMDXComponent (mdx-bundler's documented use) and
      // hand-written useCallback/useMemo are what the code means to do.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/static-components': 'off',
      'react-hooks/preserve-manual-memoization': 'off',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Scripts and configs run in Node (TypeScript files get undefined names from tsc instead).
    files: ['**/*.{mjs,cjs}', '.dependency-cruiser.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/dev/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // lib/ml runs in the worker and in Node alike: no DOM.
    files: ['lib/ml/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'location'],
    },
  },
);
