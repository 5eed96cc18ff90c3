/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs';
import { toKernelSchema, type FromKernel, type KernelError, type RunRequest } from '../protocol';
import { CellSyntaxError, cellSourceUrl, transformCell, wrapCell } from '../transform';
import { errorMessage, positionInCell } from '../positions';
import { printItem } from '../format';
import { memoryHint } from '../memory-hint';
import { currentRun, installApi, newContext, setRun } from './api';
import { useBackend } from './backends';
import { DIVERGED_HINT, Diverged, StopSignal } from './signals';
import { withholdFromCells } from './withhold';
import { disposeReplaced, valuesBefore } from './replaced';
import { batchOutput } from './output-batch';
import { lockApi } from './lock-api';
import { lateError } from './late-error';

/**
 * The kernel: one per page, started on the first Run. Runs arrive one at a time (the page
 * queues them); a Stop for the current run sets a flag that `progress`/`sleep` act on.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const postToPage = withholdFromCells(scope);
const send = batchOutput((msg: FromKernel) => postToPage(msg));

const apiNames = new Set(lockApi(installApi()));

async function evaluate(code: string, url: string): Promise<void> {
  const transformed = transformCell(code, apiNames);
  const before = valuesBefore(transformed.declared);
  const run = (0, eval)(wrapCell(transformed, url)) as () => Promise<unknown>;
  try {
    await run();
  } finally {
    disposeReplaced(before);
  }
}

function describeError(error: unknown, runId: string, req: RunRequest, part: 'cell' | 'check'): KernelError {
  const where = part === 'check' ? 'in the check code: ' : '';
  if (error instanceof StopSignal) return { type: 'error', runId, kind: 'stopped', message: error.message };
  if (error instanceof Diverged) return { type: 'error', runId, kind: 'diverged', message: error.message, hint: DIVERGED_HINT };
  if (error instanceof CellSyntaxError) {
    const place = part === 'cell' ? { line: error.line, column: error.column } : {};
    return {
      type: 'error',
      runId,
      kind: 'syntax',
      message: `${where}SyntaxError: ${error.message}${part === 'check' ? ` (line ${error.line}:${error.column})` : ''}`,
      ...place,
    };
  }
  const code = part === 'cell' ? req.code : (req.checks ?? '');
  const pos = positionInCell((error as Error)?.stack, cellSourceUrl(runId, part), code.split('\n').length);
  const place = pos && part === 'cell' ? pos : {};
  const suffix = pos && part === 'check' ? ` (check line ${pos.line}:${pos.column})` : '';
  const message = errorMessage(error);
  const hint = memoryHint(message);
  return { type: 'error', runId, kind: 'runtime', message: `${where}${message}${suffix}`, ...place, ...(hint ? { hint } : {}) };
}

async function run(req: RunRequest): Promise<void> {
  const { runId } = req;
  const context = newContext(runId, req.drawings);
  setRun(context, send);
  const started = performance.now();
  let backend = tf.getBackend() ?? 'none';
  let before = tf.memory().numTensors;
  let ok = false;
  let part: 'cell' | 'check' = 'cell';
  try {
    const choice = await useBackend(req.backend);
    backend = choice.name;
    send({ type: 'started', runId, backend });
    if (choice.fallbackNote) send({ type: 'output', runId, items: [printItem([`Note: ${choice.fallbackNote}`])], hidden: 0 });
    before = tf.memory().numTensors;
    if (req.seed !== undefined) (globalThis as unknown as { seed(n: number): void }).seed(req.seed);
    await evaluate(req.code, cellSourceUrl(runId, 'cell'));
    if (req.checks !== undefined) {
      part = 'check';
      await evaluate(req.checks, cellSourceUrl(runId, 'check'));
      await Promise.all(context.checks);
    }
    ok = true;
  } catch (error) {
    send(describeError(error, runId, req, part));
  } finally {
    send({ type: 'done', runId, ok, elapsedMs: performance.now() - started, backend, leakedTensors: tf.memory().numTensors - before });
  }
}

let queue: Promise<void> = Promise.resolve();

/**
 * The kernel's handler, held only here: cell code cannot read or replace it (`self.onmessage`
 * stays null), and an event a cell dispatches itself (`isTrusted` false) is ignored.
 */
scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!event.isTrusted) return;
  const parsed = toKernelSchema.safeParse(event.data);
  if (!parsed.success) return;
  const msg = parsed.data;
  if (msg.type === 'stop') {
    if (currentRun().runId !== msg.runId) return;
    currentRun().stopRequested = true;
    send({ type: 'stopping', runId: msg.runId });
    return;
  }
  send({ type: 'accepted', runId: msg.runId });
  queue = queue.then(() => run(msg));
});

// An error thrown or a promise rejected after its code moved on (a timer, an unawaited
// promise) lands on the run whose cell code it came from where its stack says so, else on
// the run in progress.
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  if (event.isTrusted) send(lateError(event.reason, 'Unhandled promise rejection: ', currentRun().runId));
});
scope.addEventListener('error', (event) => {
  event.preventDefault();
  if (event.isTrusted) send(lateError(event.error ?? event.message, 'Uncaught ', currentRun().runId));
});

send({ type: 'ready' });
