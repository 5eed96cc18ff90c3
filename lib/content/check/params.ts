import type { Nodes } from 'mdast';
import { attribute, isElement, isJsx, type JsxElement } from './jsx';
import { at, walk, type CheckedFile, type Problem } from './types';

/**
 * <Param>, <Step> and <Figure> work only as children of a <SideBySide> (components/figure), and
 * a <Value> shows a param of the <SideBySide> it is in; outside, the page throws when it renders.
 */
const directChildren = ['Param', 'Step', 'Figure'];

function nearestElement(ancestors: Nodes[]): JsxElement | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (isJsx(a)) return a;
  }
  return undefined;
}

function paramsOf(sideBySide: JsxElement): string[] {
  const names: string[] = [];
  for (const [node] of walk(sideBySide as Nodes)) {
    const name = isElement(node, 'Param') ? attribute(node, 'name') : undefined;
    if (typeof name === 'string') names.push(name);
  }
  return names;
}

export function checkParams(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  for (const [node, ancestors] of walk(f.tree as Nodes)) {
    if (!isJsx(node) || !node.name) continue;
    if (directChildren.includes(node.name) && !isElement(nearestElement(ancestors) ?? (node as Nodes), 'SideBySide')) {
      problems.push(at(f.file, node, `<${node.name}> must be a direct child of a <SideBySide>: move it inside one`));
    }
    if (node.name !== 'Value') continue;
    const name = attribute(node, 'name');
    const sideBySide = [...ancestors].reverse().find((a): a is JsxElement => isElement(a, 'SideBySide'));
    if (!sideBySide) {
      problems.push(at(f.file, node, `<Value> is outside a <SideBySide>: it shows a <Param> of the <SideBySide> it is in`));
    } else if (typeof name === 'string') {
      const params = paramsOf(sideBySide);
      if (!params.includes(name)) {
        problems.push(
          at(
            f.file,
            node,
            `<Value name="${name}">: no <Param name="${name}"> in this <SideBySide> (params here: ${params.join(', ') || 'none'})`,
          ),
        );
      }
    }
  }
  return problems;
}
