/**
 * Every exercise of every chapter, run as the kernel runs it (the same transform and cell API, on
 * tfjs's cpu backend): the author's solution passes every check, and the starter a learner first
 * sees does not. The checks are thereby tested against the solution written in the MDX itself,
 * not against a copy of it that could drift.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { Code } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/mdx-parser';
import type { FromKernel } from '@/lib/kernel/protocol';
import { transformCell, wrapCell } from '@/lib/kernel/transform';
import { installApi, newContext, setRun } from '@/lib/kernel/worker/api';

interface ExerciseSource {
  file: string;
  id: string;
  starter: string;
  solution?: string;
  check: string;
}

function exercisesOf(file: string): ExerciseSource[] {
  const found: ExerciseSource[] = [];
  visit(parseMdx(fs.readFileSync(file, 'utf8')), 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Exercise') return;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const parts: Record<string, string> = {};
    visit(node, 'code', (code: Code) => {
      const part = code.meta?.trim() ?? '';
      if (['starter', 'solution', 'check'].includes(part)) parts[part] = code.value;
    });
    found.push({ file, id: String(id), starter: parts.starter, solution: parts.solution, check: parts.check });
  });
  return found;
}

const chapterFiles = [
  ...fs
    .readdirSync('content', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join('content', d.name, 'index.mdx')),
  'content-guide/authoring/index.mdx',
].filter((f) => fs.existsSync(f));
const exercises = chapterFiles.flatMap(exercisesOf);

interface CheckOutcome {
  passed: number;
  failed: string[];
}

/** Runs the learner's code and then the checks, the way the kernel does for Check. */
async function runChecks(code: string, checks: string): Promise<CheckOutcome> {
  const sent: FromKernel[] = [];
  const context = newContext('exercise');
  setRun(context, (msg) => sent.push(msg));
  const failed: string[] = [];
  try {
    for (const part of [code, checks]) {
      const run = (0, eval)(wrapCell(transformCell(part), 'exercise.js')) as () => Promise<unknown>;
      await run();
    }
    await Promise.all(context.checks);
  } catch (error) {
    failed.push(`threw ${(error as Error)?.message ?? String(error)}`);
  }
  for (const msg of sent) if (msg.type === 'check' && !msg.passed) failed.push(`${msg.name}: ${msg.message}`);
  return { passed: sent.filter((m) => m.type === 'check' && m.passed).length, failed };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  installApi();
});

it('finds the exercises (the course has at least one per published chapter)', () => {
  expect(exercises.length).toBeGreaterThanOrEqual(5);
  for (const e of exercises) expect(e.check, `${e.file} #${e.id} has a check block`).toBeTruthy();
});

describe.each(exercises.map((e) => [`${path.dirname(e.file)} #${e.id}`, e] as const))('%s', (_, exercise) => {
  // An exercise that trains (the collapse-sweep one trains 24 GANs) takes about 40 s on the cpu backend.
  it.runIf(exercise.solution !== undefined)(
    'the solution passes every check',
    async () => {
      const outcome = await runChecks(exercise.solution!, exercise.check);
      expect(outcome.failed).toEqual([]);
      expect(outcome.passed).toBeGreaterThan(0);
    },
    180_000,
  );

  it('the starter does not pass', async () => {
    const outcome = await runChecks(exercise.starter, exercise.check);
    expect(outcome.failed.length).toBeGreaterThan(0);
  });
});
