/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs';
import { toKernelSchema, type FromKernel, type KernelError, type RunRequest } from '../protocol';
import { CellSyntaxError, cellSourceUrl, transformCell, wrapCell } from '../transform';
import { errorMessage, locateError, unresolvedName, type CellSource } from '../positions';
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
import { openCensus } from './tensor-census';
import { ALIVE_MS } from '../liveness';

/**
 * The kernel: one per page, started on the first Run. Runs arrive one at a time (the page
 * queues them); a Stop for the current run sets a flag that `progress`/`sleep` act on.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Held before any cell runs: a cell that replaces the global timers cannot stop the heartbeat.
const every = setInterval.bind(globalThis);
const stopEvery = clearInterval.bind(globalThis);
const postToPage = withholdFromCells(scope);
const send = batchOutput((msg: FromKernel) => postToPage(msg));

const apiNames = new Set(lockApi(installApi()));

/** Every name a cell has declared at top level in this kernel: the roots of what runs keep. */
const sharedNames = new Set<string>();

/** The code (and transform) of recent runs, by script URL, so errors map to the learner's columns, late ones included. */
const sources = new Map<string, CellSource>();
const KEPT_SOURCES = 50;

function remember(url: string, source: CellSource): void {
  sources.delete(url);
  sources.set(url, source);
  if (sources.size > KEPT_SOURCES) sources.delete(sources.keys().next().value as string);
}

async function evaluate(code: string, url: string, declared: string[]): Promise<void> {
  const transformed = transformCell(code, apiNames);
  remember(url, { code, shifts: transformed.shifts });
  for (const name of transformed.declared) {
    sharedNames.add(name);
    declared.push(name);
  }
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
  const url = cellSourceUrl(runId, part);
  const source = sources.get(url);
  const pos = source ? locateError(error, url, source) : null;
  const place = pos && part === 'cell' ? pos : {};
  const suffix = pos && part === 'check' ? ` (check line ${pos.line}:${pos.column})` : '';
  const message = errorMessage(error);
  const hint = memoryHint(message);
  // "x is not defined": the page looks for the cell that declares x (components/cell/UndeclaredHelp.tsx).
  const undeclared = part === 'cell' && message.endsWith(' is not defined') ? unresolvedName(error) : null;
  return {
    type: 'error',
    runId,
    kind: 'runtime',
    message: `${where}${message}${suffix}`,
    ...place,
    ...(hint ? { hint } : {}),
    ...(undeclared ? { undeclared } : {}),
  };
}

/** Each shared name with its value, this run's declarations first. */
function sharedValues(declared: readonly string[]): [string, unknown][] {
  const scope = globalThis as Record<string, unknown>;
  const names = new Set([...declared, ...sharedNames]);
  return [...names].filter((n) => Object.hasOwn(scope, n)).map((n) => [n, scope[n]]);
}

async function run(req: RunRequest): Promise<void> {
  const { runId } = req;
  const context = newContext(runId, req.drawings);
  setRun(context, send);
  const started = performance.now();
  let backend = tf.getBackend() ?? 'none';
  let census = openCensus();
  let ok = false;
  let part: 'cell' | 'check' = 'cell';
  const declared: string[] = [];
  // Fires only when the event loop turns: tells the page whether this run could hear Stop.
  const alive = every(() => send({ type: 'alive', runId }), ALIVE_MS);
  try {
    const choice = await useBackend(req.backend);
    backend = choice.name;
    send({ type: 'started', runId, backend });
    if (choice.fallbackNote) send({ type: 'output', runId, items: [printItem([`Note: ${choice.fallbackNote}`])], hidden: 0 });
    census = openCensus();
    if (req.seed !== undefined) (globalThis as unknown as { seed(n: number): void }).seed(req.seed);
    await evaluate(req.code, cellSourceUrl(runId, 'cell'), declared);
    if (req.checks !== undefined) {
      part = 'check';
      await evaluate(req.checks, cellSourceUrl(runId, 'check'), declared);
      await Promise.all(context.checks);
    }
    ok = true;
  } catch (error) {
    send(describeError(error, runId, req, part));
  } finally {
    stopEvery(alive);
    const elapsedMs = performance.now() - started;
    const tensors = census(sharedValues(declared));
    send({
      type: 'done',
      runId,
      ok,
      elapsedMs,
      backend,
      leakedTensors: tensors.leaked,
      keptTensors: tensors.kept,
      keptBy: tensors.keptBy,
      freedTensors: tensors.freed,
    });
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
  if (event.isTrusted) send(lateError(event.reason, 'Unhandled promise rejection: ', currentRun().runId, (url) => sources.get(url)));
});
scope.addEventListener('error', (event) => {
  event.preventDefault();
  if (event.isTrusted) send(lateError(event.error ?? event.message, 'Uncaught ', currentRun().runId, (url) => sources.get(url)));
});

send({ type: 'ready' });
