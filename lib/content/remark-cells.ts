import { z } from 'zod';
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Code } from 'mdast';
import type { VFile } from 'vfile';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { BACKENDS } from '../kernel/protocol';
import { highlightJs } from './highlight';

/**
 * Turns ```` ```js cell id="x" seed=7 ```` fences into `<Cell …/>` elements and lifts an
 * `<Exercise>`'s `starter`/`solution`/`check` fences into its props, so authors write plain
 * fences and the components receive code plus build-time highlighted HTML. A bad option,
 * a missing or duplicate id fails the build at the fence's file:line:column.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = z.string().regex(ID, 'must be lower-case-hyphenated, e.g. "geom-hist"');

export const cellOptionsSchema = z
  .object({
    id: idSchema,
    seed: z.number().int('must be an integer').optional(),
    autorun: z.literal(true, 'is a flag: write `autorun` with no value').optional(),
    readonly: z.literal(true, 'is a flag: write `readonly` with no value').optional(),
    hidden: z.literal(true, 'is a flag: write `hidden` with no value').optional(),
    backend: z.enum(BACKENDS).optional(),
    /** Seconds a run is expected to take; past it the learner is told it is taking longer. */
    budget: z.number().positive('must be a positive number of seconds, e.g. budget=30').max(3600, 'must be at most 3600 seconds').optional(),
  })
  .strict();
export type CellOptions = z.infer<typeof cellOptionsSchema>;

const EXERCISE_PARTS = ['starter', 'solution', 'check'] as const;
type ExercisePart = (typeof EXERCISE_PARTS)[number];

/** `cell id="a" seed=7 autorun` → { id: 'a', seed: 7, autorun: true }; null if it is not a cell. */
export function parseCellMeta(meta: string): Record<string, string | number | boolean> | null {
  const tokens = meta.trim().match(/[^\s=]+(?:=(?:"[^"]*"|'[^']*'|\S+))?/g) ?? [];
  if (tokens[0] !== 'cell') return null;
  const options: Record<string, string | number | boolean> = {};
  for (const token of tokens.slice(1)) {
    const eq = token.indexOf('=');
    if (eq < 0) {
      options[token] = true;
      continue;
    }
    const raw = token.slice(eq + 1);
    const quoted = /^(["']).*\1$/.test(raw);
    const value = quoted ? raw.slice(1, -1) : raw;
    options[token.slice(0, eq)] = !quoted && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return options;
}

function attribute(name: string, value: string | number | boolean): MdxJsxAttribute {
  if (value === true) return { type: 'mdxJsxAttribute', name, value: null };
  if (typeof value === 'string') return { type: 'mdxJsxAttribute', name, value };
  // Numbers and `false` are JS expressions; MDX compiles them from this estree.
  const literal = { type: 'Literal' as const, value, raw: String(value) };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: literal }] } },
    },
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.code === 'unrecognized_keys' ? `unknown option ${i.keys.map((k) => `"${k}"`).join(', ')} (allowed: id, seed, autorun, readonly, hidden, backend, budget)` : `option "${i.path.join('.') || 'id'}" ${i.message}`))
    .join('; ');
}

function readAttr(node: MdxJsxFlowElement, name: string): string | undefined {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function remarkCells() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    const claim = (id: string, node: Code | MdxJsxFlowElement, what: string) => {
      const first = seen.get(id);
      if (first !== undefined) file.fail(`duplicate ${what} id "${id}": line ${first} already uses it; ids must be unique in a chapter`, node);
      seen.set(id, node.position?.start.line ?? 0);
    };

    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Exercise') {
        const id = readAttr(node, 'id');
        if (!id) file.fail('<Exercise> needs an id, e.g. <Exercise id="jsd-discrete" title="…">', node);
        const idCheck = idSchema.safeParse(id);
        if (!idCheck.success) file.fail(`<Exercise id="${id}"> ${idCheck.error.issues[0].message}`, node);
        claim(id, node, 'exercise');
        const parts: Partial<Record<ExercisePart, string>> = {};
        node.children = node.children.filter((child) => {
          if (child.type !== 'code') return true;
          const part = EXERCISE_PARTS.find((p) => child.meta?.trim() === p || (child.lang === p && !child.meta));
          if (!part) file.fail(`a fence inside <Exercise id="${id}"> must be \`\`\`js starter, \`\`\`js solution or \`\`\`js check (got "${[child.lang, child.meta].filter(Boolean).join(' ')}")`, child);
          if (parts[part] !== undefined) file.fail(`<Exercise id="${id}"> has two \`${part}\` fences`, child);
          parts[part] = child.value;
          return false;
        });
        for (const part of ['starter', 'check'] as const) {
          if (parts[part] === undefined) file.fail(`<Exercise id="${id}"> needs a \`\`\`js ${part} fence`, node);
        }
        for (const part of EXERCISE_PARTS) if (parts[part] !== undefined) node.attributes.push(attribute(part, parts[part]));
        node.attributes.push(attribute('starterHighlighted', highlightJs(parts.starter ?? '')));
        if (parts.solution !== undefined) node.attributes.push(attribute('solutionHighlighted', highlightJs(parts.solution)));
        return;
      }
      if (node.type !== 'code' || !parent || index === undefined) return;
      const raw = parseCellMeta(node.meta ?? '');
      if (!raw) return;
      if (node.lang !== 'js') file.fail(`cells run JavaScript: write \`\`\`js cell …, not \`\`\`${node.lang ?? ''} cell`, node);
      if (raw.id === undefined) file.fail('a cell needs an id, e.g. ```js cell id="geom-hist"', node);
      const options = cellOptionsSchema.safeParse(raw);
      if (!options.success) file.fail(`cell "${String(raw.id)}": ${describeIssues(options.error)}`, node);
      claim(options.data.id, node, 'cell');
      const { id, ...flags } = options.data;
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Cell',
        attributes: [
          attribute('id', id),
          attribute('code', node.value),
          attribute('highlighted', highlightJs(node.value)),
          ...Object.entries(flags).map(([k, v]) => attribute(k, v)),
        ],
        children: [],
        position: node.position,
      };
      parent.children[index] = element;
      return SKIP;
    });
  };
}
