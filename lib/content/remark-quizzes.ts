import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { emptyInventory, type ChapterInventory } from './inventory';

/**
 * Remark plugin: checks every <Quiz> and <Reflect> in a chapter and collects the chapter's
 * inventory (quiz, reflect, exercise and cell ids) so the site knows what "complete" means.
 * Problems are collected, not thrown, so an author sees all of them in one build; compile.ts
 * turns them into a ContentError with file:line:column.
 */

export interface LocatedMessage {
  line: number;
  column: number;
  message: string;
}

export interface QuizCollector {
  inventory: ChapterInventory;
  problems: LocatedMessage[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Node = Root | RootContent;

const isJsx = (node: Node): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const childrenOf = (node: Node): RootContent[] => ('children' in node ? (node.children as RootContent[]) : []);

function attribute(node: Jsx, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** Descendants named `name`, not looking inside nested elements named in `stopAt`. */
function findJsx(node: Node, name: string, stopAt: string[] = []): Jsx[] {
  const found: Jsx[] = [];
  for (const child of childrenOf(node)) {
    if (isJsx(child) && child.name === name) found.push(child);
    if (!(isJsx(child) && child.name && stopAt.includes(child.name))) found.push(...findJsx(child, name, stopAt));
  }
  return found;
}

/** The text of a node without its <Explain>, so "$\log 2$" and "$\log 2$ <Explain>…" compare equal. */
function textWithout(node: Node, skip: string): string {
  if (isJsx(node) && node.name === skip) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return childrenOf(node).map((c) => textWithout(c, skip)).join('');
}

/** A number written as `answer={0.693}`, `answer={Math.log(2)}` or `answer="0.693"`. */
function numberAttribute(node: Jsx, name: string): { value: number } | { error: string } | undefined {
  const attr = attribute(node, name);
  if (!attr) return undefined;
  if (attr.value == null) return { error: `${name} needs a value, e.g. ${name}={0.5}` };
  const source = typeof attr.value === 'string' ? attr.value : attr.value.value;
  let value: unknown;
  try {
    // Author code at build time, like the rest of the chapter's MDX; only Math is in scope.
    value = typeof attr.value === 'string' ? Number(source) : new Function('Math', `"use strict"; return (${source});`)(Math);
  } catch (error) {
    return { error: `${name}={${source}} could not be evaluated: ${(error as Error).message}` };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return { error: `${name} must be a finite number, got ${JSON.stringify(source)}` };
  return { value };
}

function isCorrect(choice: Jsx): boolean {
  const attr = attribute(choice, 'correct');
  if (!attr) return false;
  if (attr.value == null) return true;
  return typeof attr.value === 'string' ? attr.value !== 'false' : attr.value.value.trim() !== 'false';
}

/** `id="…"` as a plain string: ids key saved progress, so they cannot be computed. */
function idOf(node: Jsx, report: (node: Jsx, message: string) => void): string | null {
  const attr = attribute(node, 'id');
  const tag = `<${node.name}>`;
  if (!attr || attr.value == null) return report(node, `${tag} needs an id, e.g. <${node.name} id="jsd-max">`), null;
  if (typeof attr.value !== 'string') return report(node, `${tag} id must be a plain string like id="jsd-max", not an expression`), null;
  if (!/^[A-Za-z0-9][\w.-]*$/.test(attr.value)) return report(node, `${tag} id "${attr.value}" may use only letters, digits, "-", "_" and "."`), null;
  return attr.value;
}

function cellId(code: Code): string | null {
  if (!code.meta || !/^cell\b/.test(code.meta)) return null;
  return /\bid="([^"]+)"/.exec(code.meta)?.[1] ?? /\bid=(\S+)/.exec(code.meta)?.[1] ?? null;
}

function checkChoices(quiz: Jsx, id: string, report: (node: Jsx, message: string) => void) {
  const choices = findJsx(quiz, 'Choice', ['Quiz']);
  if (choices.length < 2) report(quiz, `<Quiz id="${id}"> has ${choices.length} <Choice>; give at least two`);
  if (choices.length > 0 && !choices.some(isCorrect)) {
    report(quiz, `<Quiz id="${id}"> has no correct choice; mark the right one(s) as <Choice correct>`);
  }
  const seen = new Map<string, number>();
  choices.forEach((choice, i) => {
    const text = textWithout(choice, 'Explain').replace(/\s+/g, ' ').trim();
    if (text === '') report(choice, `choice ${i + 1} of <Quiz id="${id}"> is empty`);
    else if (seen.has(text)) report(choice, `choice ${i + 1} of <Quiz id="${id}"> repeats choice ${seen.get(text)! + 1}: "${text}"`);
    else seen.set(text, i);
    if (findJsx(choice, 'Explain').length > 1) report(choice, `choice ${i + 1} of <Quiz id="${id}"> has more than one <Explain>`);
  });
}

function checkNumeric(quiz: Jsx, numeric: Jsx, id: string, report: (node: Jsx, message: string) => void) {
  const answer = numberAttribute(numeric, 'answer');
  if (!answer) report(numeric, `<Numeric> in <Quiz id="${id}"> needs answer={…}`);
  else if ('error' in answer) report(numeric, `<Numeric> in <Quiz id="${id}">: ${answer.error}`);
  const tolerance = numberAttribute(numeric, 'tolerance');
  if (tolerance && 'error' in tolerance) report(numeric, `<Numeric> in <Quiz id="${id}">: ${tolerance.error}`);
  else if (tolerance && tolerance.value < 0) report(numeric, `<Numeric> in <Quiz id="${id}"> has tolerance ${tolerance.value}; it must be ≥ 0`);
  if (findJsx(quiz, 'Numeric', ['Quiz']).length > 1) report(numeric, `<Quiz id="${id}"> has more than one <Numeric>; split it into two quizzes`);
}

export function newQuizCollector(): QuizCollector {
  return { inventory: emptyInventory(), problems: [] };
}

/**
 * With `into`, problems are left there for the caller; without it (a tool that only runs the
 * plugin list) the first problem fails the file, so a broken quiz can never pass silently.
 */
export function remarkQuizzes(options: { into?: QuizCollector } = {}) {
  return (tree: Root, file: VFile) => {
    const collector = options.into ?? newQuizCollector();
    const { inventory, problems } = collector;
    const report = (node: Node, message: string) => {
      const start = node.position?.start;
      problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
    };
    const ids = new Map<string, Jsx>();
    const claim = (node: Jsx, id: string) => {
      const first = ids.get(id);
      if (first) report(node, `<${node.name} id="${id}"> repeats the id of the <${first.name}> at line ${first.position?.start.line}; quiz and reflect ids must be unique in a chapter`);
      else ids.set(id, node);
    };

    const visit = (node: Node, parents: string[]) => {
      if (node.type === 'code') {
        const id = cellId(node);
        if (id && !inventory.cells.includes(id)) inventory.cells.push(id);
      }
      if (isJsx(node) && node.name) {
        const name = node.name;
        const inside = (tag: string) => parents.includes(tag);
        if (name === 'Quiz') {
          const id = idOf(node, report);
          if (id) {
            claim(node, id);
            inventory.quizzes.push(id);
            const numerics = findJsx(node, 'Numeric', ['Quiz']);
            const choices = findJsx(node, 'Choice', ['Quiz']);
            if (numerics.length > 0 && choices.length > 0) report(node, `<Quiz id="${id}"> mixes <Choice> and <Numeric>; use one kind per quiz`);
            else if (numerics.length > 0) checkNumeric(node, numerics[0]!, id, report);
            else if (choices.length > 0) checkChoices(node, id, report);
            else report(node, `<Quiz id="${id}"> has no <Choice> or <Numeric>; add the answers the learner picks from`);
          }
        } else if (name === 'Reflect') {
          const id = idOf(node, report);
          if (id) {
            claim(node, id);
            inventory.reflects.push(id);
            const answers = findJsx(node, 'ModelAnswer', ['Reflect']);
            if (answers.length !== 1) report(node, `<Reflect id="${id}"> needs exactly one <ModelAnswer>, found ${answers.length}`);
          }
        } else if (name === 'Exercise') {
          const id = attribute(node, 'id')?.value;
          if (typeof id === 'string' && !inventory.exercises.includes(id)) inventory.exercises.push(id);
        } else if ((name === 'Choice' || name === 'Numeric') && !inside('Quiz')) {
          report(node, `<${name}> must be inside a <Quiz>`);
        } else if (name === 'ModelAnswer' && !inside('Reflect')) {
          report(node, '<ModelAnswer> must be inside a <Reflect>');
        } else if (name === 'Explain' && !inside('Quiz')) {
          report(node, '<Explain> must be inside a <Quiz> (in a <Choice>, or after a <Numeric>)');
        }
        if (name === 'Quiz' && inside('Quiz')) report(node, '<Quiz> cannot be inside another <Quiz>');
      }
      const nextParents = isJsx(node) && node.name ? [...parents, node.name] : parents;
      for (const child of childrenOf(node)) visit(child, nextParents);
    };
    visit(tree, []);
    const first = problems[0];
    if (!options.into && first) file.fail(problems.map((p) => `${p.line}:${p.column}  ${p.message}`).join('\n'), { line: first.line, column: first.column });
  };
}
