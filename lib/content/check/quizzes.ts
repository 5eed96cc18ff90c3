import type { Nodes } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { attribute, isElement, isJsx, type JsxElement } from './jsx';
import { at, walk, type CheckedFile, type Problem } from './types';

/**
 * Quizzes and reflections must be answerable and gradable exactly as the page grades them
 * (components/quiz). The build runs these same rules (compile.ts), so the two cannot disagree.
 */

/** Descendants named `name`, not looking inside a nested element named `stopAt`. */
function findJsx(node: Nodes, name: string, stopAt?: string): JsxElement[] {
  const found: JsxElement[] = [];
  for (const child of 'children' in node ? (node.children as Nodes[]) : []) {
    if (isElement(child, name)) found.push(child);
    if (!(stopAt && isElement(child, stopAt))) found.push(...findJsx(child, name, stopAt));
  }
  return found;
}

/** The text of a node without its <Explain>, so "$x$" and "$x$ <Explain>…" compare equal. */
function textWithout(node: Nodes, skip: string): string {
  if (isElement(node, skip)) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return ('children' in node ? (node.children as Nodes[]) : []).map((c) => textWithout(c, skip)).join('');
}

function rawAttribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A number written as `answer={0.693}`, `answer={Math.log(2)}` or `answer="0.693"`; else why not. */
function numberAttribute(node: JsxElement, name: string): { value: number } | { error: string } | undefined {
  const attr = rawAttribute(node, name);
  if (!attr) return undefined;
  if (attr.value == null) return { error: `${name} needs a number, e.g. ${name}={0.5}` };
  const written = typeof attr.value === 'string' ? `${name}="${attr.value}"` : `${name}={${attr.value.value}}`;
  let value: unknown;
  try {
    // Author code at build time, like the rest of the chapter's MDX; only Math is in scope.
    value =
      typeof attr.value === 'string'
        ? attr.value.trim() === ''
          ? NaN
          : Number(attr.value)
        : new Function('Math', `"use strict"; return (${attr.value.value});`)(Math);
  } catch (error) {
    return { error: `${written} could not be evaluated (${(error as Error).message}); write a number, e.g. ${name}={0.5}` };
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { error: `${written} is not a finite number; write a number, e.g. ${name}={0.5}` };
  return { value };
}

/**
 * `correct` must be a bare flag or `{true}` / `{false}`: the page grades on a boolean, so
 * `correct="true"` or `correct={1}` would ship a quiz that no answer can pass.
 */
function correctness(choice: JsxElement): { correct: boolean; error?: string } {
  const attr = rawAttribute(choice, 'correct');
  if (!attr) return { correct: false };
  if (attr.value == null) return { correct: true };
  const text = typeof attr.value === 'string' ? null : attr.value.value.trim();
  if (text === 'true' || text === 'false') return { correct: text === 'true' };
  const written = typeof attr.value === 'string' ? `correct="${attr.value}"` : `correct={${text}}`;
  return {
    correct: false,
    error: `<Choice ${written}>: write <Choice correct> for a right answer (or correct={false}), not a string or number`,
  };
}

function checkChoices(f: CheckedFile, quiz: JsxElement, name: string, choices: JsxElement[], problems: Problem[]) {
  if (choices.length < 2) problems.push(at(f.file, quiz, `${name} has ${choices.length} <Choice>; give at least two`));
  let anyCorrect = false;
  const seen = new Map<string, number>();
  choices.forEach((choice, i) => {
    const { correct, error } = correctness(choice);
    anyCorrect ||= correct;
    if (error) problems.push(at(f.file, rawAttribute(choice, 'correct'), error));
    const text = textWithout(choice, 'Explain').replace(/\s+/g, ' ').trim();
    if (text === '') problems.push(at(f.file, choice, `choice ${i + 1} of ${name} is empty: write the answer the learner picks`));
    else if (seen.has(text))
      problems.push(
        at(f.file, choice, `choice ${i + 1} of ${name} repeats choice ${seen.get(text)! + 1} ("${text}"): make each choice different`),
      );
    else seen.set(text, i);
    if (findJsx(choice, 'Explain').length > 1)
      problems.push(at(f.file, choice, `choice ${i + 1} of ${name} has more than one <Explain>: merge them`));
  });
  if (choices.length > 0 && !anyCorrect)
    problems.push(at(f.file, quiz, `${name} has no correct choice: mark at least one <Choice correct>`));
}

function checkNumeric(f: CheckedFile, name: string, numerics: JsxElement[], problems: Problem[]) {
  const [numeric] = numerics;
  if (numerics.length > 1) problems.push(at(f.file, numerics[1], `${name} has more than one <Numeric>: split it into two quizzes`));
  for (const prop of ['answer', 'tolerance'] as const) {
    const parsed = numberAttribute(numeric, prop);
    if (parsed && 'error' in parsed) problems.push(at(f.file, rawAttribute(numeric, prop), `<Numeric> in ${name}: ${parsed.error}`));
    else if (prop === 'tolerance' && parsed && parsed.value < 0) {
      problems.push(at(f.file, rawAttribute(numeric, prop), `<Numeric> in ${name} has tolerance ${parsed.value}: it must be 0 or more`));
    }
  }
}

/** Tags that only mean something inside another one. */
const parentOf: Record<string, { parent: string; hint: string }> = {
  Choice: { parent: 'Quiz', hint: 'put it inside a <Quiz>' },
  Numeric: { parent: 'Quiz', hint: 'put it inside a <Quiz>' },
  Explain: { parent: 'Quiz', hint: 'put it in a <Choice>, or after a <Numeric>, inside a <Quiz>' },
  ModelAnswer: { parent: 'Reflect', hint: 'put it inside a <Reflect>' },
};

export function checkQuizzes(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  for (const [node, ancestors] of walk(f.tree as Nodes)) {
    if (!isJsx(node) || !node.name) continue;
    const inside = (tag: string) => ancestors.some((a) => isElement(a, tag));
    const id = attribute(node, 'id');
    const name = typeof id === 'string' ? `<${node.name} id="${id}">` : `<${node.name}>`;
    const rule = parentOf[node.name];
    if (rule && !inside(rule.parent) && !f.unclosed.has(rule.parent))
      problems.push(at(f.file, node, `<${node.name}> is outside a <${rule.parent}>: ${rule.hint}`));
    if (node.name === 'Quiz') {
      if (inside('Quiz')) problems.push(at(f.file, node, `${name} is inside another <Quiz>: close the outer one first`));
      const choices = findJsx(node, 'Choice', 'Quiz');
      const numerics = findJsx(node, 'Numeric', 'Quiz');
      if (choices.length > 0 && numerics.length > 0)
        problems.push(at(f.file, node, `${name} mixes <Choice> and <Numeric>: use one kind per quiz`));
      else if (numerics.length > 0) checkNumeric(f, name, numerics, problems);
      else if (choices.length > 0) checkChoices(f, node, name, choices, problems);
      else problems.push(at(f.file, node, `${name} has no <Choice> or <Numeric> answer: add the answers the learner picks from`));
    } else if (node.name === 'Reflect') {
      const answers = findJsx(node, 'ModelAnswer', 'Reflect');
      if (answers.length !== 1) problems.push(at(f.file, node, `${name} needs exactly one <ModelAnswer>, found ${answers.length}`));
    }
  }
  return problems;
}
