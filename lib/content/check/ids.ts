import type { Nodes } from 'mdast';
import { idPattern } from '../components';
import { attribute, isJsx } from './jsx';
import { cellFence } from '../cell-fence';
import { at, walk, type CheckedFile, type Problem } from './types';

const kindOf: Record<string, string> = { Quiz: 'quiz', Reflect: 'quiz', Exercise: 'exercise', DrawData: 'drawing' };
/** Kinds whose ids must differ from each other: cells and exercises share the kernel's run ids. */
const namespaceOf: Record<string, string> = { quiz: 'quiz', exercise: 'code', cell: 'code', drawing: 'drawing' };

/** Ids must be unique per kind within a chapter, because saved progress is keyed by them. */
export function checkIds(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { line: number; kind: string }>();
  const record = (kind: string, id: string, node: Nodes) => {
    const key = `${namespaceOf[kind]}\u0000${id}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(at(f.file, node, `duplicate ${kind} id "${id}" (line ${first.line} already uses it for a ${first.kind})`));
    else seen.set(key, { line: node.position?.start.line ?? 1, kind });
  };
  for (const [node] of walk(f.tree as Nodes)) {
    if (isJsx(node) && node.name && kindOf[node.name]) {
      const id = attribute(node, 'id');
      if (typeof id !== 'string') continue;
      if (!idPattern.test(id))
        problems.push(at(f.file, node, `<${node.name} id="${id}">: ids are lower-case words joined by hyphens, e.g. "jsd-max"`));
      record(kindOf[node.name], id, node);
    } else if (node.type === 'code') {
      const id = cellFence(node)?.options.id;
      if (typeof id === 'string') record('cell', id, node);
    }
  }
  return problems;
}
