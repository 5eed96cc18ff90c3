/**
 * Runs a chapter's cells, or an exercise's code and checks, in Node on the tfjs CPU backend, with
 * stand-ins for the kernel's globals. Tests use it to check what the prose says a seeded cell
 * prints against what the cell really prints, and that an exercise's checks catch the mistakes
 * they are written for. Node only (test support); the browser kernel is components/cell/worker.
 */
import * as tf from '@tensorflow/tfjs';
import * as ml from '../ml';
import { assert, closeTo, mistake, runCheck, type Mistake } from '../kernel/checks';
import { gridShape } from '../kernel/image-grid';
import { makePlotOutcomes, makePlotPopulation } from '../kernel/worker/population-plots';

export interface CellBlock {
  id: string;
  seed: number | null;
  code: string;
}
export interface CheckResult {
  name: string;
  passed: boolean;
  message?: string;
  /** The typical mistake a failed check recognised, in the author's words. */
  mistake?: string;
}
export interface RunResult {
  prints: string[];
  displays: unknown[];
  checks: CheckResult[];
  metrics: Record<string, number>[];
  /** What every mistake listed in a closeTo call of the run says, whether or not it matched. */
  declared: Set<string>;
}

/** The `js cell` fences of a chapter, in page order. */
export function cellsOf(mdx: string): CellBlock[] {
  return [...mdx.matchAll(/```js cell ([^\n]*)\n([\s\S]*?)\n```/g)].map((m) => ({
    id: /id="([^"]+)"/.exec(m[1])?.[1] ?? '?',
    seed: /seed=(\d+)/.test(m[1]) ? Number(/seed=(\d+)/.exec(m[1])![1]) : null,
    code: m[2],
  }));
}

/** An exercise's fenced blocks by kind (starter, solution, check). */
export function exerciseOf(mdx: string, id: string): Record<'starter' | 'solution' | 'check', string> {
  const start = mdx.indexOf(`<Exercise id="${id}"`);
  if (start < 0) throw new Error(`no <Exercise id="${id}"> in this chapter`);
  const body = mdx.slice(start, mdx.indexOf('</Exercise>', start));
  const block = (kind: string) => {
    const m = new RegExp('```js ' + kind + '\\n([\\s\\S]*?)\\n```').exec(body);
    if (!m) throw new Error(`<Exercise id="${id}"> has no \`\`\`js ${kind} block`);
    return m[1];
  };
  return { starter: block('starter'), solution: block('solution'), check: block('check') };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...a: string[]) => (...v: unknown[]) => Promise<void>;

/** Runs the code blocks in one shared scope, as the kernel does; each block may set its seed first. */
async function runBlocks(blocks: readonly { code: string; seed?: number | null }[]): Promise<RunResult> {
  const out: RunResult = { prints: [], displays: [], checks: [], metrics: [], declared: new Set() };
  const pending: Promise<void>[] = [];
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  // As in the kernel (components/cell/worker/api.ts): tfjs initialisers draw from Math.random.
  const random = Math.random;
  const seed = (n: number) => {
    ml.setSeed(n);
    Math.random = ml.mulberry32(n ^ 0x5bd1e995);
  };
  const globals = {
    tf,
    ml,
    seed,
    print: (...v: unknown[]) => void out.prints.push(v.map(text).join(' ')),
    display: (v: unknown) => void out.displays.push(v),
    sleep: (ms: number) => new Promise((r) => setTimeout(r, ms)),
    progress: async (_s: number, _t: number, metrics?: Record<string, number>) => {
      for (const [k, v] of Object.entries(metrics ?? {})) if (!Number.isFinite(v)) throw new Error(`diverged: ${k} = ${v}`);
      if (metrics) out.metrics.push(metrics);
    },
    plot: () => ({ append: () => undefined, set: () => undefined }),
    // A grid that draws nothing but refuses the shapes the kernel refuses.
    showImages: (images: tf.Tensor) => {
      gridShape(images.shape);
      return { update: (next: tf.Tensor) => void gridShape(next.shape) };
    },
    // The real helpers over a chart that draws nothing: their argument checks and summaries run as in the kernel.
    plotPopulation: makePlotPopulation(() => ({ append: () => undefined, set: () => undefined })),
    plotOutcomes: makePlotOutcomes(() => ({ append: () => undefined, set: () => undefined })),
    closeTo: (a: unknown, e: number, tol?: number, mistakes?: readonly Mistake[]) => {
      if (Array.isArray(mistakes)) for (const m of mistakes as Partial<Mistake>[]) if (typeof m?.say === 'string') out.declared.add(m.say);
      return closeTo(a, e, tol, mistakes);
    },
    assert,
    mistake,
    check: (name: string, fn: () => unknown) => {
      const p = runCheck(fn).then((result) => void out.checks.push({ name, ...result }));
      pending.push(p);
      return p;
    },
  };
  const body = blocks.map((b) => `${b.seed != null ? `seed(${b.seed});` : ''}\n${b.code}\n;`).join('\n');
  await tf.ready();
  try {
    await new AsyncFunction(...Object.keys(globals), body)(...Object.values(globals));
    await Promise.all(pending);
  } finally {
    Math.random = random;
  }
  return out;
}

export interface CellRunOptions {
  /** Run that cell with this seed instead of the author's. */
  seed?: number;
  /** Rewrite that cell's code first, e.g. to change a seed passed to a trainer. */
  edit?: (code: string) => string;
  /** Run only that cell, not the cells before it (for a cell that needs nothing from them). */
  only?: boolean;
  /** Run these cells first (by id, in this order) instead of every cell above: those it needs. */
  after?: readonly string[];
}

/** Runs a chapter's cells in page order up to and including `id` (the kernel's shared scope). */
export function runCellsUpTo(mdx: string, id: string, opts: CellRunOptions = {}): Promise<RunResult> {
  const cells = cellsOf(mdx);
  const last = cells.findIndex((c) => c.id === id);
  if (last < 0) throw new Error(`no cell id="${id}" (cells: ${cells.map((c) => c.id).join(', ')})`);
  const target = { ...cells[last], seed: opts.seed ?? cells[last].seed, code: opts.edit ? opts.edit(cells[last].code) : cells[last].code };
  const byId = (want: string) => {
    const cell = cells.find((c) => c.id === want);
    if (!cell) throw new Error(`no cell id="${want}" to run first (cells: ${cells.map((c) => c.id).join(', ')})`);
    return cell;
  };
  const before = opts.after ? opts.after.map(byId) : opts.only ? [] : cells.slice(0, last);
  return runBlocks([...before, target]);
}

/** Runs an exercise's check block after `code` (the solution, the starter, or a deliberate mistake). */
export function runExercise(mdx: string, id: string, code: string): Promise<CheckResult[]> {
  return runExerciseFull(mdx, id, code).then((r) => r.checks);
}

/** As runExercise, with everything the run recorded (the mistakes its closeTo calls listed, too). */
export function runExerciseFull(mdx: string, id: string, code: string): Promise<RunResult> {
  return runBlocks([{ code }, { code: exerciseOf(mdx, id).check }]);
}

/**
 * A number in a cell's code, captured by the first group of `pattern` (e.g. /const D_LR = ([\d.]+);/),
 * so prose that restates a setting is checked against the code it describes.
 */
export function numberInCell(mdx: string, cellId: string, pattern: RegExp): number {
  const cell = cellsOf(mdx).find((c) => c.id === cellId);
  if (!cell) throw new Error(`no cell id="${cellId}"`);
  const m = pattern.exec(cell.code);
  if (!m) throw new Error(`cell "${cellId}" has nothing matching ${pattern}`);
  return Number(m[1]);
}

/** The first number after `label` in a printed line, e.g. numberAfter(prints, 'classifier estimate'). */
export function numberAfter(prints: readonly string[], label: string): number {
  for (const line of prints) {
    const at = line.indexOf(label);
    if (at < 0) continue;
    const m = /[-−]?\d+(\.\d+)?(e[-+]?\d+)?/.exec(line.slice(at + label.length));
    if (m) return Number(m[0].replace('−', '-'));
  }
  throw new Error(`no number after "${label}" in the printed output:\n${prints.join('\n')}`);
}

/** A deliberate wrong answer to an exercise, and words the mistake it makes should be named with. */
export interface Attempt {
  slip: string;
  code: string;
}

export interface AttemptsReport {
  solution: CheckResult[];
  starter: CheckResult[];
  /** For each attempt, in order: what its failed checks named. */
  named: string[][];
  /** Mistakes the check code lists (in its closeTo calls) that none of the attempts triggered. */
  neverNamed: string[];
}

/**
 * Runs an exercise's solution, its starter and each wrong attempt against its checks, so a test can
 * assert that each typical mistake the checks list is really recognised in code that makes it.
 */
export async function tryAttempts(mdx: string, id: string, attempts: readonly Attempt[]): Promise<AttemptsReport> {
  const blocks = exerciseOf(mdx, id);
  const solved = await runExerciseFull(mdx, id, blocks.solution);
  const starter = await runExercise(mdx, id, blocks.starter);
  const named: string[][] = [];
  for (const a of attempts) named.push((await runExercise(mdx, id, a.code)).flatMap((c) => (c.mistake ? [c.mistake] : [])));
  const seen = new Set(named.flat());
  return { solution: solved.checks, starter, named, neverNamed: [...solved.declared].filter((say) => !seen.has(say)) };
}
