import fs from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { knownComponents } from '../components';
import { isJsx } from './jsx';
import { at, walk, type CheckedFile, type Problem } from './types';

/** Bare module names a chapter may import; everything else must be a file in its folder. */
const allowedPackages = new Set(['@minimax/figure']);
const resolvable = ['', '.tsx', '.ts', '.jsx', '.js', '.mdx', '/index.tsx', '/index.ts'];

interface EstreeNode {
  type: string;
  source?: { value: unknown };
  specifiers?: { local: { name: string } }[];
  declaration?: { id?: { name: string }; declarations?: { id: { name?: string } }[] } | null;
  loc?: { start: { line: number; column: number } };
}

/** Names a chapter defines itself (imports and exports), and problems with its imports. */
function ownNames(f: CheckedFile, problems: Problem[]): Set<string> {
  const names = new Set<string>();
  for (const node of f.tree!.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const body = ((node.data as { estree?: { body: EstreeNode[] } } | undefined)?.estree?.body ?? []) as EstreeNode[];
    for (const statement of body) {
      for (const s of statement.specifiers ?? []) names.add(s.local.name);
      if (statement.declaration?.id) names.add(statement.declaration.id.name);
      for (const d of statement.declaration?.declarations ?? []) if (d.id.name) names.add(d.id.name);
      if (statement.type !== 'ImportDeclaration' || typeof statement.source?.value !== 'string') continue;
      const spec = statement.source.value;
      // estree columns count from 0.
      const start = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : node.position?.start;
      const where = { position: start && { start, end: start } };
      const target = path.resolve(f.dir, spec);
      if (spec.startsWith('.') && path.relative(f.dir, target).startsWith('..')) {
        problems.push(
          at(
            f.file,
            where,
            `import "${spec}" reaches outside this chapter's folder: a chapter imports only its own files ("./X") and @minimax/figure; copy what you need into this folder`,
          ),
        );
      } else if (spec.startsWith('./')) {
        if (!resolvable.some((ext) => fs.existsSync(target + ext) && fs.statSync(target + ext).isFile())) {
          problems.push(
            at(
              f.file,
              where,
              `import "${spec}" does not resolve: no such file next to this chapter (tried ${resolvable.filter(Boolean).join(', ')})`,
            ),
          );
        }
      } else if (!allowedPackages.has(spec)) {
        problems.push(at(f.file, where, `import "${spec}": a chapter imports only files in its own folder ("./X") and @minimax/figure`));
      }
    }
  }
  return names;
}

/** Unknown components, unknown or missing props, and prop values outside their allowed set. */
export function checkComponents(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  const own = ownNames(f, problems);
  const known = Object.keys(knownComponents).join(', ');
  for (const [node] of walk(f.tree as Nodes)) {
    if (!isJsx(node) || !node.name) continue;
    const base = node.name.split('.')[0];
    // Lower-case tags are plain HTML elements; the chapter's own imports take any props.
    if (/^[a-z]/.test(base) || own.has(base)) continue;
    const spec = knownComponents[node.name];
    if (!spec) {
      problems.push(at(f.file, node, `unknown component <${node.name}>: import it in this chapter or use one of ${known}`));
      continue;
    }
    const allowed = Object.keys(spec.props);
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute') continue;
      const prop = spec.props[a.name];
      if (!prop) {
        const list = allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes no props';
        problems.push(at(f.file, a, `unknown prop "${a.name}" on <${node.name}>; ${list}`));
      } else if (prop.values && typeof a.value === 'string' && !prop.values.includes(a.value)) {
        problems.push(at(f.file, a, `<${node.name} ${a.name}="${a.value}">: must be one of ${prop.values.join(', ')}`));
      }
    }
    for (const [name, prop] of Object.entries(spec.props)) {
      if (prop.required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name)) {
        problems.push(at(f.file, node, `<${node.name}> is missing its required prop "${name}"`));
      }
    }
  }
  return problems;
}
