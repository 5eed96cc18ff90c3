import fs from 'node:fs';
import path from 'node:path';
import { figureExports } from '../../figure/exports';
import { displayPath } from '../paths';
import { pointAt, type Problem } from './types';

/** What a chapter's own .ts/.tsx files may import: they run on the page, next to the reader's scrolling. */
const allowed = new Set(['react', 'react/jsx-runtime', '@minimax/figure']);
const kit = new Set<string>(figureExports);

/** `import … from 'x'`, `import 'x'`, `export … from 'x'` and `import('x')`, with the imported names. */
const importPattern = /\b(?:import|export)\s*(?:(type\s+)?([\w*\s{},$]*?)\s*from\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function namedImports(clause: string): string[] {
  const braces = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
  return braces
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '))
    .map((s) => s.split(/\s+as\s+/)[0].trim());
}

/** What a figure must not reach for: it draws, from numbers, on a page the site vouches for. */
const refusedApis: [RegExp, string][] = [
  [/\brequire\s*\(/g, 'a figure loads nothing at run time: import only React, @minimax/figure and files in this folder'],
  [
    /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b/g,
    'a figure makes no network requests (the site fetches nothing at run time); compute the data in a helper in this folder',
  ],
  [/\bdocument\.cookie\b/g, 'a figure must not read or write cookies'],
  [
    /\b(?:localStorage|sessionStorage|indexedDB)\b/g,
    "a figure must not use the browser's storage: the learner's progress lives there, and only the platform writes it",
  ],
  [/\beval\s*\(|\bnew\s+Function\s*\(/g, 'a figure must not run code from strings (eval, new Function)'],
];

/** Comments blanked (positions kept), so a comment that mentions fetch() is not a use of it. Strings are kept: "https://…" is no comment. */
function withoutComments(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
    } else if (text.startsWith('//', i) || text.startsWith('/*', i)) {
      const close = text.startsWith('//', i) ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 2;
      const end = close <= 1 || close === -1 ? text.length : close;
      out += text.slice(i, end).replace(/[^\n]/g, ' ');
      i = end - 1;
    } else out += c;
  }
  return out;
}

function checkFile(absFile: string): Problem[] {
  const file = displayPath(absFile);
  const text = fs.readFileSync(absFile, 'utf8');
  const problems: Problem[] = [];
  const code = withoutComments(text);
  for (const [pattern, reason] of refusedApis) {
    for (const m of code.matchAll(pattern))
      problems.push({ file, ...pointAt(text, m.index ?? 0), message: `${m[0].replace(/\s*\($/, '()').replace(/\s+/g, ' ')}: ${reason}` });
  }
  for (const m of text.matchAll(importPattern)) {
    const [, typeOnly, clause = '', from, dynamic] = m;
    const spec = from ?? dynamic;
    const where = pointAt(text, m.index ?? 0);
    if (typeOnly) continue;
    if (spec.startsWith('./')) continue;
    if (spec.startsWith('../')) {
      problems.push({
        file,
        ...where,
        message: `import "${spec}": a chapter's files import only from their own folder, React and @minimax/figure`,
      });
    } else if (!allowed.has(spec)) {
      problems.push({
        file,
        ...where,
        message: `import "${spec}": figures run on the page, so they import only React, @minimax/figure and files in this folder (tfjs and lib/ml belong in cells)`,
      });
    } else if (spec === '@minimax/figure') {
      for (const name of namedImports(clause).filter((n) => !kit.has(n))) {
        problems.push({ file, ...where, message: `@minimax/figure has no export "${name}"; it has ${figureExports.join(', ')}` });
      }
    }
  }
  return problems;
}

/**
 * The figures and helpers in a chapter folder. Excluded: tests, and `*.node.ts` test support
 * (running the chapter's cells in Node to check its prose numbers), which never reach the page.
 */
export function checkFigures(dir: string): Problem[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.(tsx?|jsx?)$/.test(name) && !/\.(test|node)\.[tj]sx?$/.test(name))
    .sort()
    .flatMap((name) => checkFile(path.join(dir, name)));
}
