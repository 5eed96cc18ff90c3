import type { Nodes } from 'mdast';
import { attribute, isElement, isFlagSet, type JsxElement } from './jsx';
import { at, walk, type CheckedFile, type Problem } from './types';

function descendants(node: JsxElement, name: string): JsxElement[] {
  return [...walk(node as Nodes)].map(([n]) => n).filter((n): n is JsxElement => isElement(n, name));
}

/** A quiz must be answerable: a correct <Choice>, or a <Numeric> answer. */
export function checkQuizzes(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  for (const [node] of walk(f.tree as Nodes)) {
    if (!isElement(node, 'Quiz')) continue;
    const id = attribute(node, 'id');
    const name = typeof id === 'string' ? `<Quiz id="${id}">` : '<Quiz>';
    const choices = descendants(node, 'Choice');
    const numeric = descendants(node, 'Numeric');
    if (choices.length === 0 && numeric.length === 0) {
      problems.push(at(f.file, node, `${name} has no <Choice> or <Numeric> answer`));
    } else if (choices.length > 0 && !choices.some((c) => isFlagSet(c, 'correct'))) {
      problems.push(at(f.file, node, `${name} has no correct choice: mark at least one <Choice correct>`));
    }
  }
  return problems;
}
