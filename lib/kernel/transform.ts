import { parse, type Node, type Program, type VariableDeclaration, type Pattern } from 'acorn';

/**
 * Rewrites one cell's code so that, run inside an async wrapper, its top-level declarations
 * become globals of the kernel (visible to cells run later, as in Jupyter) and top-level
 * `await` works. Edits never add or remove newlines, so a runtime line in the output is the
 * same line in the learner's code. Most keep their width (`const` becomes `;(   `); those that
 * do not (`;K = ` before a class, `)` before a declaration's `;`, ` = undefined` after a bare
 * `let x`) shift what follows on their line, and `shifts` lists them so that `cellColumn` can
 * map a runtime column back to the column the learner wrote.
 */

/** One edit that changed a line's width: at `column` (0-based, in the cell), `removed` characters became `inserted`. */
export interface ColumnShift {
  line: number;
  column: number;
  removed: number;
  inserted: number;
}

export interface TransformResult {
  /** The rewritten body: one line per line of the cell. */
  body: string;
  /** Names the cell declares at top level, published as globals. */
  declared: string[];
  /** Function names assigned as globals before the body runs (they are hoisted). */
  hoisted: string[];
  /** Edits that changed a line's width, in order. */
  shifts: ColumnShift[];
}

export class CellSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based, in the cell's own numbering. */
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function patternNames(p: Pattern, out: string[]): void {
  switch (p.type) {
    case 'Identifier':
      out.push(p.name);
      break;
    case 'ObjectPattern':
      for (const prop of p.properties) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const el of p.elements) if (el) patternNames(el, out);
      break;
    case 'RestElement':
      patternNames(p.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(p.left, out);
      break;
    default:
      break;
  }
}

/** `const a = 1, {b} = o;` → `;(    a = 1, {b} = o);` with the same width up to the end. */
function rewriteDeclaration(code: string, d: VariableDeclaration, edits: Edit[], declared: string[]): void {
  const keyword = d.kind; // const | let | var
  // `;(` guards against the previous line continuing into this one; spaces keep the width.
  edits.push({ start: d.start, end: d.start + keyword.length, text: ';('.padEnd(keyword.length, ' ') });
  for (const decl of d.declarations) {
    patternNames(decl.id, declared);
    if (!decl.init) edits.push({ start: decl.id.end, end: decl.id.end, text: ' = undefined' });
  }
  const last = d.declarations[d.declarations.length - 1];
  const endsWithSemicolon = code[d.end - 1] === ';';
  edits.push({ start: last.end, end: last.end, text: endsWithSemicolon ? ')' : ');' });
}

function located(node: Node, code: string): { line: number; column: number } {
  const before = code.slice(0, node.start).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * A top-level declaration named like the cell API (`const seed = 42`, `function print()`)
 * would replace it for every later cell, so it is refused where it is written.
 */
function refuseApiNames(program: Program, code: string, declared: string[], api: ReadonlySet<string>): void {
  for (const name of declared) {
    if (!api.has(name)) continue;
    const at = findIdentifier(program, name);
    const { line, column } = located(at ?? program, code);
    throw new CellSyntaxError(
      `'${name}' is the cell API's ${name}: a top-level declaration would hide it from every later cell. Choose another name (such as 'my${name[0].toUpperCase()}${name.slice(1)}'), or declare it inside a function or block`,
      line,
      column,
    );
  }
}

/** The first top-level declaration's identifier called `name`. */
function findIdentifier(program: Program, name: string): Node | undefined {
  for (const stmt of program.body) {
    if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && stmt.id?.name === name) return stmt.id;
    if (stmt.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declarations) {
      const found = identifierIn(d.id, name);
      if (found) return found;
    }
  }
  return undefined;
}

function identifierIn(p: Pattern, name: string): Node | undefined {
  switch (p.type) {
    case 'Identifier':
      return p.name === name ? p : undefined;
    case 'ObjectPattern':
      for (const prop of p.properties) {
        const found = identifierIn(prop.type === 'RestElement' ? prop.argument : prop.value, name);
        if (found) return found;
      }
      return undefined;
    case 'ArrayPattern':
      for (const el of p.elements) {
        const found = el ? identifierIn(el, name) : undefined;
        if (found) return found;
      }
      return undefined;
    case 'RestElement':
      return identifierIn(p.argument, name);
    case 'AssignmentPattern':
      return identifierIn(p.left, name);
    default:
      return undefined;
  }
}

/** `api`: names of the cell API, which a top-level declaration may not take. */
export function transformCell(code: string, api: ReadonlySet<string> = new Set()): TransformResult {
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true, locations: true });
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number; column: number } };
    const message = e.message.replace(/\s*\(\d+:\d+\)$/, '');
    throw new CellSyntaxError(message, e.loc?.line ?? 1, (e.loc?.column ?? 0) + 1);
  }

  const edits: Edit[] = [];
  const declared: string[] = [];
  const hoisted: string[] = [];
  for (const stmt of program.body) {
    if (stmt.type === 'VariableDeclaration') {
      rewriteDeclaration(code, stmt, edits, declared);
    } else if (stmt.type === 'FunctionDeclaration' && stmt.id) {
      hoisted.push(stmt.id.name);
      declared.push(stmt.id.name);
    } else if (stmt.type === 'ClassDeclaration' && stmt.id) {
      const name = stmt.id.name;
      declared.push(name);
      edits.push({ start: stmt.start, end: stmt.start, text: `;${name} = ` });
      edits.push({ start: stmt.end, end: stmt.end, text: ';' });
    } else if (stmt.type === 'ImportDeclaration' || stmt.type.startsWith('Export')) {
      const { line, column } = located(stmt, code);
      const what = stmt.type === 'ImportDeclaration' ? 'import' : 'export';
      throw new CellSyntaxError(
        `'${what}' is not available in cells: tf, ml and the cell helpers are already in scope, and top-level declarations are shared with later cells`,
        line,
        column,
      );
    }
  }

  refuseApiNames(program, code, declared, api);
  edits.sort((a, b) => a.start - b.start);
  let body = '';
  let at = 0;
  const shifts: ColumnShift[] = [];
  const lineStarts = lineStartsOf(code);
  for (const e of edits) {
    body += code.slice(at, e.start) + e.text;
    at = e.end;
    if (e.text.length !== e.end - e.start) {
      const line = lineOf(lineStarts, e.start);
      shifts.push({ line, column: e.start - lineStarts[line - 1], removed: e.end - e.start, inserted: e.text.length });
    }
  }
  body += code.slice(at);
  return { body, declared, hoisted, shifts };
}

function lineStartsOf(code: string): number[] {
  const starts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of a 0-based offset. */
function lineOf(lineStarts: number[], offset: number): number {
  let line = 1;
  while (line < lineStarts.length && lineStarts[line] <= offset) line++;
  return line;
}

/**
 * The column (1-based) in the learner's line `line` of a runtime column (1-based) on the same
 * line of the transformed body. A column inside inserted text maps to where the text was inserted.
 */
export function cellColumn(shifts: readonly ColumnShift[], line: number, column: number): number {
  const outAt = column - 1;
  let delta = 0;
  for (const s of shifts) {
    if (s.line !== line) continue;
    const start = s.column + delta;
    if (outAt < start) break;
    if (outAt < start + s.inserted) return s.column + Math.min(outAt - start, s.removed) + 1;
    delta += s.inserted - s.removed;
  }
  return outAt - delta + 1;
}

/** A name a cell declares at top level, where its declaration is (1-based). */
export interface Declaration {
  name: string;
  line: number;
  column: number;
}

/**
 * The names `code` declares at top level (shared with later cells), found by the same parser
 * and rules as transformCell; none when the code does not parse.
 */
export function topLevelDeclarations(code: string): Declaration[] {
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true });
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const stmt of program.body) {
    if (stmt.type === 'VariableDeclaration') for (const d of stmt.declarations) patternNames(d.id, names);
    else if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && stmt.id) names.push(stmt.id.name);
  }
  return [...new Set(names)].map((name) => ({ name, ...located(findIdentifier(program, name) ?? program, code) }));
}

/** The source URL the kernel gives a run's script, so stack frames of cell code can be told apart. */
export function cellSourceUrl(runId: string, part: 'cell' | 'check' = 'cell'): string {
  return `minimax-${part}-${runId}.js`;
}

/**
 * The script the kernel evaluates (indirect eval, sloppy mode, so assignments to the declared
 * names create globals). Line 1 is the wrapper; the cell's line N is the script's line N + 1.
 */
export function wrapCell(t: TransformResult, sourceUrl: string): string {
  const publish = t.hoisted.map((n) => `globalThis[${JSON.stringify(n)}] = ${n};`).join(' ');
  return `(async () => {${publish}\n${t.body}\n})\n//# sourceURL=${sourceUrl}`;
}

/** Lines before the cell's first line in the script that wrapCell builds. */
export const WRAPPER_LINES = 1;
