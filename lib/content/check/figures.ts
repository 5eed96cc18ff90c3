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

function checkFile(absFile: string): Problem[] {
  const file = displayPath(absFile);
  const text = fs.readFileSync(absFile, 'utf8');
  const problems: Problem[] = [];
  for (const m of text.matchAll(importPattern)) {
    const [, typeOnly, clause = '', from, dynamic] = m;
    const spec = from ?? dynamic;
    const where = pointAt(text, m.index ?? 0);
    if (typeOnly) continue;
    if (spec.startsWith('./')) continue;
    if (spec.startsWith('../')) {
      problems.push({ file, ...where, message: `import "${spec}": a chapter's files import only from their own folder, React and @minimax/figure` });
    } else if (!allowed.has(spec)) {
      problems.push({ file, ...where, message: `import "${spec}": figures run on the page, so they import only React, @minimax/figure and files in this folder (tfjs and lib/ml belong in cells)` });
    } else if (spec === '@minimax/figure') {
      for (const name of namedImports(clause).filter((n) => !kit.has(n))) {
        problems.push({ file, ...where, message: `@minimax/figure has no export "${name}"; it has ${figureExports.join(', ')}` });
      }
    }
  }
  return problems;
}

/** The figures and helpers in a chapter folder (tests excluded: they run under vitest, not on the page). */
export function checkFigures(dir: string): Problem[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.(tsx?|jsx?)$/.test(name) && !/\.test\.[tj]sx?$/.test(name))
    .sort()
    .flatMap((name) => checkFile(path.join(dir, name)));
}
