import type { Nodes } from 'mdast';
import { isJsx } from './jsx';
import { walk, type CheckedFile, type Problem } from './types';

/**
 * `{…}` in MDX (in text, in props, in `export const`) runs when the page is rendered at build
 * time, where a name that is not defined, or `window`, throws with no file or line. These are
 * found here instead, at the name.
 */

interface Estree {
  type: string;
  name?: string;
  computed?: boolean;
  shorthand?: boolean;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

/** What an expression may read besides the chapter's own imports and exports. */
const builtins = new Set(
  'Math Number String Boolean Array Object JSON Date Infinity NaN undefined parseFloat parseInt isFinite isNaN Set Map Symbol BigInt Intl RegExp Error encodeURIComponent decodeURIComponent props'.split(
    ' ',
  ),
);
/** Browser globals: there is no browser when the page is rendered at build time. */
const browserOnly = new Set('window document self globalThis navigator localStorage sessionStorage location fetch alert'.split(' '));

function children(node: Estree): Estree[] {
  const out: Estree[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range' || key === 'position') continue;
    for (const v of Array.isArray(value) ? value : [value])
      if (v && typeof v === 'object' && typeof (v as Estree).type === 'string') out.push(v as Estree);
  }
  return out;
}

/** Names an expression binds itself (arrow parameters, declarations), wherever they appear in it. */
function bound(node: Estree, into: Set<string>): void {
  const bind = (pattern: Estree | undefined) => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') into.add(pattern.name!);
    else
      for (const c of children(pattern))
        if (c.type !== 'Literal' && !(pattern.type === 'Property' && c === pattern.key && !pattern.computed)) bind(c);
  };
  if (/Function/.test(node.type)) {
    bind(node.id as Estree | undefined);
    for (const p of (node.params as Estree[]) ?? []) bind(p);
  }
  if (node.type === 'VariableDeclarator') bind(node.id as Estree);
  if (node.type === 'ClassDeclaration' || node.type === 'CatchClause') bind((node.id ?? node.param) as Estree | undefined);
  for (const c of children(node)) bound(c, into);
}

/** Identifiers read by an expression (not property names, not object keys, not JSX tags). */
function* references(node: Estree): Generator<Estree> {
  if (node.type === 'Identifier') {
    yield node;
    return;
  }
  if (node.type === 'ExportNamedDeclaration' && node.source) return;
  if (
    node.type === 'ImportDeclaration' ||
    (node.type.startsWith('JSX') &&
      node.type !== 'JSXExpressionContainer' &&
      node.type !== 'JSXElement' &&
      node.type !== 'JSXFragment' &&
      node.type !== 'JSXAttribute')
  )
    return;
  for (const c of children(node)) {
    if (node.type === 'MemberExpression' && c === node.property && !node.computed) continue;
    if (
      (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') &&
      c === node.key &&
      !node.computed
    )
      continue;
    if (node.type === 'JSXElement' && c.type === 'JSXOpeningElement') {
      for (const a of (c.attributes as Estree[]) ?? []) yield* references(a);
      continue;
    }
    if (node.type === 'JSXAttribute' && c === (node.name as unknown)) continue;
    if (node.type === 'ExportSpecifier' && c === node.exported) continue;
    yield* references(c);
  }
}

function programsOf(node: Nodes): Estree[] {
  const programs: Estree[] = [];
  const estree = (data: unknown) => (data as { estree?: Estree } | undefined)?.estree;
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') {
    const program = estree(node.data);
    if (program) programs.push(program);
  }
  if (isJsx(node)) {
    for (const a of node.attributes) {
      // Handlers and raw HTML are refused outright (unsafe.ts); what they would run does not matter.
      if (a.type === 'mdxJsxAttribute' && (/^on[A-Za-z]/.test(a.name) || a.name === 'dangerouslySetInnerHTML')) continue;
      const value = a.type === 'mdxJsxAttribute' ? a.value : a;
      const program = value && typeof value === 'object' ? estree(value.data) : undefined;
      if (program) programs.push(program);
    }
  }
  return programs;
}

export function checkExpressions(f: CheckedFile): Problem[] {
  const tree = f.tree as Nodes;
  const programs = [...walk(tree)].flatMap(([node]) => programsOf(node));
  // Imports and top-level exports are visible to every expression of the chapter. Names bound
  // inside an expression (an arrow's parameter) count everywhere: lenient, never a false alarm.
  const defined = new Set<string>(builtins);
  for (const program of programs) bound(program, defined);
  for (const program of programs) {
    for (const body of (program.body as Estree[]) ?? []) {
      if (body.type === 'ImportDeclaration') for (const s of (body.specifiers as { local: Estree }[]) ?? []) defined.add(s.local.name!);
    }
  }
  const problems: Problem[] = [];
  for (const program of programs) {
    for (const id of references(program)) {
      const name = id.name!;
      const where = { line: id.loc?.start.line ?? 1, column: (id.loc?.start.column ?? 0) + 1 };
      if (browserOnly.has(name)) {
        problems.push({
          file: f.file,
          ...where,
          message: `"${name}" in MDX: the page is rendered at build time, where there is no browser; read browser state inside a figure component (in useEffect)`,
        });
      } else if (!defined.has(name)) {
        problems.push({
          file: f.file,
          ...where,
          message: `"${name}" is not defined: import it, or define it in this chapter with export const ${name} = …`,
        });
      }
    }
  }
  return problems;
}
