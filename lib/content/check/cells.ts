import type { Code, Nodes } from 'mdast';
import { parse } from 'acorn';
import { toString } from 'mdast-util-to-string';
import { cellOptions, exerciseBlocks, idPattern } from '../components';
import { cellFence, exercisePart, hintsOnly, type CellFence } from '../cell-fence';
import { attribute, isElement, isJsx } from './jsx';
import { at, walk, type CheckedFile, type Problem } from './types';

/** Parses code as the kernel will run it; reports the first syntax error at its line in the file. */
function parseCode(f: CheckedFile, node: Code, what: string): Problem[] {
  try {
    parse(node.value, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true, locations: true });
    return [];
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const reason = (error as Error).message.replace(/\s*\(\d+:\d+\)$/, '');
    const open = node.position?.start ?? { line: 1, column: 1 };
    const line = open.line + (loc?.line ?? 1);
    const column = (loc?.column ?? 0) + open.column;
    return [{ file: f.file, line, column, message: `${what} does not parse: ${reason}` }];
  }
}

function isBudget(value: string | true): boolean {
  const seconds = value === true ? NaN : Number(value);
  return /^\d+(\.\d+)?$/.test(String(value)) && seconds > 0 && seconds <= 3600;
}

function checkCell(f: CheckedFile, node: Code, cell: CellFence): Problem[] {
  const problems: Problem[] = [];
  const { options } = cell;
  if (node.lang !== 'js') problems.push(at(f.file, node, `cells run JavaScript: write \`\`\`js cell, not \`\`\`${node.lang ?? ''} cell`));
  for (const text of cell.junk)
    problems.push(at(f.file, node, `cell options: cannot read "${text}"; write key="value", key=value or a bare flag`));
  for (const [key, value] of Object.entries(options)) {
    const spec = cellOptions[key];
    if (!spec) {
      problems.push(at(f.file, node, `unknown cell option "${key}"; allowed: ${Object.keys(cellOptions).join(', ')}`));
    } else if (spec.flag && value !== true) {
      problems.push(at(f.file, node, `cell option ${key} is a flag: write \`${key}\` with no value`));
    } else if (spec.values && (value === true || !spec.values.includes(value))) {
      problems.push(at(f.file, node, `cell option ${key}=${value === true ? '' : `"${value}"`}: must be one of ${spec.values.join(', ')}`));
    } else if (key === 'seed' && (value === true || !/^-?\d+$/.test(value))) {
      problems.push(at(f.file, node, `cell option seed must be a whole number, e.g. seed=7`));
    } else if (key === 'budget' && !isBudget(value)) {
      problems.push(
        at(f.file, node, `cell option budget is the seconds a run is expected to take: a positive number up to 3600, e.g. budget=30`),
      );
    }
  }
  const id = options.id;
  if (id === undefined || id === true) {
    problems.push(at(f.file, node, 'cell has no id: add id="a-name" after "cell" (it keys the learner\'s saved edits)'));
  } else if (!idPattern.test(id)) {
    problems.push(at(f.file, node, `cell id "${id}": ids are lower-case words joined by hyphens, e.g. "geom-hist"`));
  }
  const label = typeof id === 'string' ? `cell "${id}"` : 'cell';
  return [...problems, ...parseCode(f, node, label)];
}

/** Each <Exercise> holds a starter and a check block (a solution is optional), all valid JavaScript. */
function checkExercise(f: CheckedFile, node: Nodes): Problem[] {
  const problems: Problem[] = [];
  const id = isElement(node, 'Exercise') ? attribute(node, 'id') : undefined;
  const name = typeof id === 'string' ? `<Exercise id="${id}">` : '<Exercise>';
  // The exercise reads only its own fences (remark-cells lifts direct children), so a fence nested
  // in another element would silently not count.
  const fences = ('children' in node ? (node.children as Nodes[]) : []).filter((n): n is Code => n.type === 'code');
  for (const [n, ancestors] of walk(node)) {
    // A hint may show code; a fence there that looks like a part or a cell would not be one.
    const inHint = ancestors.some((a) => isElement(a, 'Hint')) && !exercisePart(n as Code) && !cellFence(n as Code);
    if (n.type === 'code' && !fences.includes(n) && !inHint)
      problems.push(at(f.file, n, `a fence inside ${name} must sit directly in it, not inside another element`));
  }
  for (const c of fences.filter((c) => !exercisePart(c))) {
    const info = [c.lang, c.meta].filter(Boolean).join(' ');
    problems.push(at(f.file, c, `a fence inside ${name} must be \`\`\`js starter, \`\`\`js solution or \`\`\`js check (got "${info}")`));
  }
  for (const block of exerciseBlocks) {
    const found = fences.filter((c) => exercisePart(c) === block);
    if (found.length === 0 && block !== 'solution') problems.push(at(f.file, node, `${name} has no \`\`\`js ${block} block`));
    if (found.length > 1) problems.push(at(f.file, found[1], `${name} has more than one \`\`\`js ${block} block`));
    for (const c of found) problems.push(...parseCode(f, c, `${name} ${block} block`));
  }
  return problems;
}

/**
 * <Hint> holds one hint of the <Exercise> it sits directly in, on lines of its own (or alone on
 * one line); the exercise reveals its hints one at a time, in order. Anywhere else it would show
 * at once, as part of the text, so it is refused.
 */
function checkHint(f: CheckedFile, node: Nodes, ancestors: Nodes[]): Problem[] {
  const parent = ancestors[ancestors.length - 1];
  const exercise = [...ancestors].reverse().find((a) => isElement(a, 'Exercise'));
  const direct =
    parent !== undefined &&
    (node.type === 'mdxJsxFlowElement'
      ? isElement(parent, 'Exercise')
      : hintsOnly(parent).includes(node as never) && isElement(ancestors[ancestors.length - 2], 'Exercise'));
  const problems: Problem[] = [];
  if (!exercise) {
    if (!f.unclosed.has('Exercise'))
      problems.push(at(f.file, node, '<Hint> is outside an <Exercise>: put it directly inside the <Exercise> it helps with'));
  } else if (!direct) {
    const id = attribute(exercise as Parameters<typeof attribute>[0], 'id');
    const name = typeof id === 'string' ? `<Exercise id="${id}">` : '<Exercise>';
    const where = ancestors.some((a) => isJsx(a) && a !== exercise) ? 'not inside another element' : 'not inside a sentence';
    problems.push(at(f.file, node, `<Hint> must sit directly in ${name}, on lines of its own or alone on one line (${where})`));
  }
  const content = [...walk(node)].slice(1).map(([n]) => n);
  if (toString(node).trim() === '' && content.every((n) => n.type === 'paragraph' || n.type === 'text'))
    problems.push(at(f.file, node, '<Hint> is empty: write the hint between <Hint> and </Hint>'));
  return problems;
}

export function checkCells(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  for (const [node, ancestors] of walk(f.tree as Nodes)) {
    if (node.type === 'code') {
      const cell = cellFence(node);
      if (cell) problems.push(...checkCell(f, node, cell));
    } else if (isElement(node, 'Exercise')) {
      problems.push(...checkExercise(f, node));
    } else if (isElement(node, 'Hint')) {
      problems.push(...checkHint(f, node, ancestors));
    }
  }
  return problems;
}
