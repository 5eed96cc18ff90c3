import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACK_TIMEOUT_MS, KernelClient } from './client';
import { BLOCKED_MS, STOP_GRACE_MS } from './liveness';
import type { RunMessage, ToKernel } from './protocol';

/** A stand-in for the kernel's Web Worker: records what the page posts, and answers on demand. */
class FakeWorker {
  static all: FakeWorker[] = [];
  posted: ToKernel[] = [];
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(msg: ToKernel) {
    this.posted.push(msg);
  }
  terminate() {
    this.terminated = true;
  }
  /** The kernel sends `data`; the client handles it once its protocol module has loaded. */
  async emit(data: unknown) {
    this.onmessage?.({ data });
    await settle();
  }
  runs() {
    return this.posted.filter((m) => m.type === 'run');
  }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const latest = () => FakeWorker.all[FakeWorker.all.length - 1];
const done = (runId: string, ok = true) => ({ type: 'done', runId, ok, elapsedMs: 1, backend: 'cpu', leakedTensors: 0 });
const text = (runId: string, t: string) => ({ type: 'output', runId, items: [{ kind: 'text', text: t }], hidden: 0 });

let client: KernelClient;
let lost: Set<string>[];

function start(cellId: string) {
  const heard: RunMessage[] = [];
  const { runId, done: finished } = client.run({ cellId, code: `print("${cellId}")`, backend: 'cpu' }, (m) => heard.push(m));
  return { runId, finished, heard };
}

/** A kernel that has loaded and acknowledges `runId`. */
async function readyAndAccept(runId: string) {
  await latest().emit({ type: 'ready' });
  await latest().emit({ type: 'accepted', runId });
}

beforeAll(async () => {
  await import('./protocol');
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.all = [];
  lost = [];
  client = new KernelClient();
  client.onStateLost((cells) => lost.push(cells));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the kernel client', () => {
  it('sends runs one at a time, in order, each with its own unguessable id', async () => {
    const a = start('a');
    const b = start('b');
    expect(a.runId).toMatch(/^[0-9a-f]{32}$/);
    expect(b.runId).not.toBe(a.runId);
    expect(
      latest()
        .runs()
        .map((r) => r.runId),
    ).toEqual([a.runId]);
    await readyAndAccept(a.runId);
    await latest().emit(done(a.runId));
    expect(await a.finished).toBe(true);
    expect(
      latest()
        .runs()
        .map((r) => r.runId),
    ).toEqual([a.runId, b.runId]);
    expect(client.getStatus()).toEqual({ state: 'busy', queued: 0 });
  });

  it('ignores messages of any run but the current one, except late errors and chart rows of an earlier run', async () => {
    const a = start('a');
    await readyAndAccept(a.runId);
    await latest().emit(done(a.runId));
    const b = start('b');
    await latest().emit({ type: 'accepted', runId: b.runId });
    // Another run's output and done, and messages for an id the page never made, are dropped.
    await latest().emit(text(a.runId, 'stale'));
    await latest().emit(done(a.runId));
    await latest().emit(text('0'.repeat(32), 'forged'));
    await latest().emit({ ...text(b.runId, 'not a message'), hidden: -1 });
    expect(a.heard.map((m) => m.type)).toEqual(['done']);
    // An error a's code left behind still lands on a.
    await latest().emit({ type: 'error', runId: a.runId, kind: 'unhandled', message: 'Uncaught Error: late' });
    expect(a.heard.at(-1)).toMatchObject({ kind: 'unhandled', message: 'Uncaught Error: late' });
    await latest().emit(text(b.runId, 'mine'));
    expect(b.heard.map((m) => m.type)).toEqual(['output']);
  });

  it('cancels a queued run on Stop without sending it', async () => {
    const a = start('a');
    const b = start('b');
    client.stop(b.runId);
    expect(await b.finished).toBe(false);
    expect(b.heard[0]).toMatchObject({ type: 'error', kind: 'stopped', message: 'Cancelled before it started.' });
    await readyAndAccept(a.runId);
    await latest().emit(done(a.runId));
    expect(
      latest()
        .runs()
        .map((r) => r.runId),
    ).toEqual([a.runId]);
  });

  it('asks a running run to stop, and keeps the kernel when it does within the grace period', async () => {
    const a = start('a');
    await readyAndAccept(a.runId);
    client.stop(a.runId);
    expect(latest().posted.at(-1)).toEqual({ type: 'stop', runId: a.runId });
    await latest().emit({ type: 'error', runId: a.runId, kind: 'stopped', message: 'Stopped at step 3.' });
    await latest().emit(done(a.runId, false));
    vi.advanceTimersByTime(STOP_GRACE_MS * 2);
    expect(latest().terminated).toBe(false);
    expect(lost).toEqual([]);
  });

  it('restarts a kernel that does not stop in time: a loop is told to reach a stop point, a wait that it was waiting', async () => {
    const looping = start('a');
    await readyAndAccept(looping.runId);
    client.stop(looping.runId);
    vi.advanceTimersByTime(STOP_GRACE_MS);
    expect(FakeWorker.all[0].terminated).toBe(true);
    expect(looping.heard.find((m) => m.type === 'error')).toMatchObject({
      message: expect.stringContaining('without reaching a stop point'),
    });
    expect(lost).toEqual([new Set(['a'])]);

    const waiting = start('b');
    await readyAndAccept(waiting.runId);
    client.stop(waiting.runId);
    await latest().emit({ type: 'stopping', runId: waiting.runId });
    vi.advanceTimersByTime(STOP_GRACE_MS);
    const error = waiting.heard.find((m) => m.type === 'error');
    expect(error).toMatchObject({ message: expect.stringContaining('was still waiting for a promise') });
    expect(error).not.toMatchObject({ message: expect.stringContaining('loop') });
  });

  it('restarts at once on Stop a kernel whose event loop has not turned since the run began (a synchronous loop cannot hear Stop)', async () => {
    const looping = start('a');
    await readyAndAccept(looping.runId);
    vi.advanceTimersByTime(3000);
    client.stop(looping.runId);
    vi.advanceTimersByTime(0);
    expect(latest().terminated).toBe(true);
    expect(looping.heard.find((m) => m.type === 'error')).toMatchObject({ message: expect.stringContaining('could not hear Stop') });
    expect(lost).toEqual([new Set(['a'])]);
  });

  it('restarts a kernel that falls silent after Stop once it has been silent for BLOCKED_MS', async () => {
    const a = start('a');
    await readyAndAccept(a.runId);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(100);
      await latest().emit({ type: 'alive', runId: a.runId });
    }
    vi.advanceTimersByTime(50);
    client.stop(a.runId);
    vi.advanceTimersByTime(BLOCKED_MS - 50 - 1);
    expect(latest().terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(latest().terminated).toBe(true);
  });

  it('gives a kernel that recovered from a long computing step the whole grace period: its next step may be as long', async () => {
    const a = start('a');
    await readyAndAccept(a.runId);
    vi.advanceTimersByTime(100);
    await latest().emit({ type: 'alive', runId: a.runId });
    vi.advanceTimersByTime(800); // one step computed for 800 ms without turning the event loop
    await latest().emit({ type: 'alive', runId: a.runId });
    vi.advanceTimersByTime(10);
    client.stop(a.runId);
    vi.advanceTimersByTime(STOP_GRACE_MS - 1);
    expect(latest().terminated).toBe(false);
    await latest().emit({ type: 'error', runId: a.runId, kind: 'stopped', message: 'Stopped at step 9.' });
    await latest().emit(done(a.runId, false));
    vi.advanceTimersByTime(STOP_GRACE_MS);
    expect(latest().terminated).toBe(false);
    expect(lost).toEqual([]);
  });

  it('Restart ends the running run, cancels the queue and reports the cells whose state is gone', async () => {
    const a = start('a');
    await readyAndAccept(a.runId);
    const b = start('b');
    client.restart();
    expect(FakeWorker.all[0].terminated).toBe(true);
    expect(a.heard.at(-2)).toMatchObject({ kind: 'stopped', message: 'Stopped: the kernel was restarted.' });
    expect(b.heard[0]).toMatchObject({ kind: 'stopped', message: 'Cancelled: the kernel was restarted.' });
    expect(lost).toEqual([new Set(['a'])]);
    expect(client.getStatus()).toEqual({ state: 'off', queued: 0 });
  });

  it('restarts a kernel that does not acknowledge a run, says so, and runs it again in a fresh kernel', async () => {
    const a = start('a');
    await readyAndAccept(a.runId);
    await latest().emit(done(a.runId));
    // A cell called self.close(): the worker is gone, and nothing tells the page.
    const b = start('b');
    vi.advanceTimersByTime(ACK_TIMEOUT_MS - 1);
    expect(FakeWorker.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeWorker.all[0].terminated).toBe(true);
    expect(b.heard[0]).toMatchObject({ type: 'output', items: [{ text: expect.stringContaining('did not answer within 4 s') }] });
    expect(lost).toEqual([new Set(['a'])]);
    expect(
      latest()
        .runs()
        .map((r) => r.runId),
    ).toEqual([b.runId]);
    await readyAndAccept(b.runId);
    await latest().emit(text(b.runId, 'ran'));
    await latest().emit(done(b.runId));
    expect(await b.finished).toBe(true);
    expect(b.heard.map((m) => m.type)).toEqual(['output', 'output', 'done']);
  });

  it('gives up on a run whose fresh kernel does not answer either, and waits for a kernel still loading', async () => {
    const a = start('a');
    // Not ready yet (tfjs still loading): no deadline runs.
    vi.advanceTimersByTime(ACK_TIMEOUT_MS * 3);
    expect(FakeWorker.all).toHaveLength(1);
    await latest().emit({ type: 'ready' });
    vi.advanceTimersByTime(ACK_TIMEOUT_MS);
    expect(FakeWorker.all).toHaveLength(2);
    await latest().emit({ type: 'ready' });
    vi.advanceTimersByTime(ACK_TIMEOUT_MS);
    expect(await a.finished).toBe(false);
    expect(a.heard.find((m) => m.type === 'error')).toMatchObject({ message: expect.stringContaining('did not answer twice') });
  });

  it('knows each registered cell and exercise, whether it ran in this kernel, and which run is whose', async () => {
    const order: string[] = [];
    const entry = (id: string, code: string, inRunAll = true) => ({
      element: () => null,
      code: () => code,
      inRunAll,
      run: async () => {
        order.push(id);
        return id !== 'broken';
      },
    });
    client.register('setup', entry('setup', 'const mu = 1;'));
    client.register('exercise', entry('exercise', 'function f() {}', false));
    client.register('broken', entry('broken', 'oops'));
    client.register('after', entry('after', 'print(mu);'));
    const a = start('after');
    await readyAndAccept(a.runId);
    expect(client.cellOfRun(a.runId)).toBe('after');
    await latest().emit(done(a.runId, false));
    expect(client.cellOfRun(a.runId)).toBe('after');
    expect(client.pageCells().map((c) => [c.id, c.code, c.ran])).toEqual([
      ['setup', 'const mu = 1;', false],
      ['exercise', 'function f() {}', false],
      ['broken', 'oops', false],
      ['after', 'print(mu);', true],
    ]);

    // "Run setup, then this cell"; Run all leaves exercises out; both stop at the first failure.
    expect(await client.runCells(['setup', 'after'])).toBe(true);
    await client.runAll();
    expect(order).toEqual(['setup', 'after', 'setup', 'broken']);
    expect(await client.runCells(['broken', 'after'])).toBe(false);
    expect(order.at(-1)).toBe('broken');
  });
});
