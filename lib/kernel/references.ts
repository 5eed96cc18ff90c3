import { parse, type Node } from 'acorn';

/**
 * Where a cell's code reads a name: V8 places a ReferenceError ("x is not defined") at the start
 * of the expression or statement around the name (`const q = x.y` at the declaration, `return x`
 * at `return`), so the kernel looks the name itself up from there (positions.ts).
 */

type AnyNode = Node & Record<string, unknown>;

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

function children(node: AnyNode): [string, AnyNode][] {
  const out: [string, AnyNode][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) for (const v of value) if (isNode(v)) out.push([key, v]);
    if (isNode(value)) out.push([key, value]);
  }
  return out;
}

/** True when `child`, under `key` of `parent`, names something rather than reading a variable. */
function isNotAReference(parent: AnyNode, key: string): boolean {
  switch (parent.type) {
    case 'MemberExpression':
      return key === 'property' && !parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key === 'key' && !parent.computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return key === 'label';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ClassDeclaration':
    case 'ClassExpression':
      return key === 'id';
    case 'MetaProperty':
      return true;
    default:
      return false;
  }
}

/** Bindings (`const [a, b = x] = …`, parameters, `catch (e)`) declare names; only their defaults and computed keys read any. */
function isBindingSite(parent: AnyNode, key: string): boolean {
  return (
    (parent.type === 'VariableDeclarator' && key === 'id') ||
    ((parent.type === 'FunctionDeclaration' || parent.type === 'FunctionExpression' || parent.type === 'ArrowFunctionExpression') &&
      key === 'params') ||
    (parent.type === 'CatchClause' && key === 'param')
  );
}

function walkPattern(p: AnyNode, visit: (node: AnyNode, parent: AnyNode | null, key: string) => void): void {
  switch (p.type) {
    case 'Identifier':
      return;
    case 'AssignmentPattern':
      walkPattern(p.left as AnyNode, visit);
      visit(p.right as AnyNode, p, 'right');
      return;
    case 'ArrayPattern':
      for (const el of p.elements as (AnyNode | null)[]) if (el) walkPattern(el, visit);
      return;
    case 'ObjectPattern':
      for (const prop of p.properties as AnyNode[]) {
        if (prop.type === 'RestElement') walkPattern(prop.argument as AnyNode, visit);
        else {
          if (prop.computed) visit(prop.key as AnyNode, prop, 'key');
          walkPattern(prop.value as AnyNode, visit);
        }
      }
      return;
    case 'RestElement':
      walkPattern(p.argument as AnyNode, visit);
      return;
    default:
      visit(p, null, '');
  }
}

export interface NameReading {
  /** 0-based offsets in the cell's code. */
  start: number;
  end: number;
}

/**
 * The place in `code` where a name read near `offset` is: the first reading of `name` at or
 * after `offset` inside the innermost statement that contains `offset`, else the last one before
 * it in that statement. Null when the code does not parse or the statement does not read it.
 */
export function readingOfName(code: string, name: string, offset: number): NameReading | null {
  let program: Node;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true });
  } catch {
    return null;
  }
  const readings: NameReading[] = [];
  let statement: { start: number; end: number } = program;
  const visit = (node: AnyNode, parent: AnyNode | null, key: string): void => {
    if (parent && isNotAReference(parent, key)) return;
    if (/Statement$|Declaration$/.test(node.type) && node.start <= offset && offset < node.end) {
      if (node.end - node.start <= statement.end - statement.start) statement = node;
    }
    if (node.type === 'Identifier') {
      if (node.name === name) readings.push({ start: node.start, end: node.end });
      return;
    }
    for (const [k, child] of children(node)) {
      if (isBindingSite(node, k)) walkPattern(child, visit);
      else visit(child, node, k);
    }
  };
  visit(program as AnyNode, null, '');
  const inside = readings.filter((r) => r.start >= statement.start && r.end <= statement.end).sort((a, b) => a.start - b.start);
  return inside.find((r) => r.start >= offset) ?? inside.filter((r) => r.start < offset).at(-1) ?? null;
}
