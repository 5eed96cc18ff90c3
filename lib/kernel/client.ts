import type { FromKernel, RunRequest, ToKernel } from './protocol';

type Protocol = typeof import('./protocol');
let protocol: Promise<Protocol> | null = null;
/**
 * The message schemas (zod) load with the first worker instead of with the page. Every message
 * waits on the same promise, so messages are still handled in the order they arrived.
 */
const loadProtocol = () => (protocol ??= import('./protocol'));

/**
 * The page's side of the kernel: one Web Worker per page, created on the first Run. Runs
 * queue and go to the worker one at a time. Stop asks the running loop to stop; if it has
 * not within STOP_GRACE_MS the worker is terminated and replaced, and every cell that had
 * run is told its state is gone ("needs re-run").
 */

export const STOP_GRACE_MS = 1000;

export type RunPayload = Omit<RunRequest, 'type' | 'runId'>;
export type RunListener = (msg: FromKernel) => void;

interface Run {
  runId: number;
  payload: RunPayload;
  listener: RunListener;
  finished: (ok: boolean) => void;
}

export interface KernelStatus {
  state: 'off' | 'idle' | 'busy';
  queued: number;
}

type LostListener = (cellIds: Set<string>) => void;

class KernelClient {
  private worker: Worker | null = null;
  private nextRunId = 1;
  private queue: Run[] = [];
  private current: Run | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Listeners by run id, kept after a run ends so late errors (unhandled rejections) still
   * land on their cell; a cell's next run replaces its previous listener.
   */
  private listeners = new Map<number, RunListener>();
  private latestRunOfCell = new Map<string, number>();
  private ranCells = new Set<string>();
  private lostListeners = new Set<LostListener>();
  private statusListeners = new Set<() => void>();
  private status: KernelStatus = { state: 'off', queued: 0 };
  private cells = new Map<string, { element: () => Element | null; run: () => Promise<boolean> }>();

  /** Queues a run; the promise resolves when it is done (true when it succeeded). */
  run(payload: RunPayload, listener: RunListener): { runId: number; done: Promise<boolean> } {
    const runId = this.nextRunId++;
    let finished: (ok: boolean) => void = () => {};
    const done = new Promise<boolean>((resolve) => (finished = resolve));
    this.queue.push({ runId, payload, listener, finished });
    const previous = this.latestRunOfCell.get(payload.cellId);
    if (previous !== undefined && previous !== this.current?.runId) this.listeners.delete(previous);
    this.latestRunOfCell.set(payload.cellId, runId);
    this.listeners.set(runId, listener);
    this.pump();
    return { runId, done };
  }

  /** Stops a queued or running run. */
  stop(runId: number): void {
    const queued = this.queue.findIndex((r) => r.runId === runId);
    if (queued >= 0) {
      const [run] = this.queue.splice(queued, 1);
      this.finishWithoutKernel(run, 'Cancelled before it started.');
      this.pump();
      return;
    }
    if (this.current?.runId !== runId || this.stopTimer) return;
    this.post({ type: 'stop', runId });
    this.stopTimer = setTimeout(() => this.forceStop(runId), STOP_GRACE_MS);
  }

  /** Throws the kernel away (state and all); the next Run starts a fresh one. */
  restart(): void {
    const running = this.current;
    this.terminate();
    if (running) this.finishWithoutKernel(running, 'Stopped: the kernel was restarted.');
    this.cancelQueue('Cancelled: the kernel was restarted.');
    this.loseState();
    this.pump();
  }

  onStateLost(listener: LostListener): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  getStatus = (): KernelStatus => this.status;

  /** Cells register so "Run all" can run them in page order. */
  register(id: string, element: () => Element | null, run: () => Promise<boolean>): () => void {
    this.cells.set(id, { element, run });
    return () => {
      this.cells.delete(id);
      if (this.cells.size === 0) releaseIfUnused(this);
    };
  }

  hasCells(): boolean {
    return this.cells.size > 0;
  }

  /** Runs every registered cell in page order, stopping at the first that fails. */
  async runAll(): Promise<void> {
    const ordered = [...this.cells.values()].sort((a, b) => {
      const ea = a.element();
      const eb = b.element();
      if (!ea || !eb) return 0;
      return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    for (const cell of ordered) if (!(await cell.run())) return;
  }

  private setStatus(): void {
    const state = this.current ? 'busy' : this.worker ? 'idle' : 'off';
    if (state === this.status.state && this.queue.length === this.status.queued) return;
    this.status = { state, queued: this.queue.length };
    for (const l of this.statusListeners) l();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const messages = loadProtocol();
    const worker = new Worker(new URL('./kernel.worker.ts', import.meta.url), { type: 'module', name: 'minimax-kernel' });
    worker.onmessage = (event: MessageEvent<unknown>) => void messages.then((p) => this.receive(p, event.data));
    worker.onerror = (event) => {
      event.preventDefault();
      const run = this.current;
      if (run) this.finishWithoutKernel(run, `The kernel failed to start: ${event.message || 'unknown error'}. Reload the page to try again.`);
      this.terminate();
      this.pump();
    };
    this.worker = worker;
    return worker;
  }

  private post(msg: ToKernel): void {
    this.ensureWorker().postMessage(msg);
  }

  private pump(): void {
    if (!this.current) {
      const next = this.queue.shift();
      if (next) {
        this.current = next;
        this.ranCells.add(next.payload.cellId);
        this.post({ type: 'run', runId: next.runId, ...next.payload });
      }
    }
    this.setStatus();
  }

  private receive({ fromKernelSchema }: Protocol, data: unknown): void {
    const parsed = fromKernelSchema.safeParse(data);
    if (!parsed.success) return;
    const msg = parsed.data;
    if (msg.runId !== this.current?.runId && !mayArriveLate(msg)) return;
    this.listeners.get(msg.runId)?.(msg);
    if (msg.type === 'done' && this.current?.runId === msg.runId) {
      this.clearStopTimer();
      const run = this.current;
      this.current = null;
      run.finished(msg.ok);
      this.pump();
    }
  }

  private forceStop(runId: number): void {
    this.stopTimer = null;
    const run = this.current;
    if (run?.runId !== runId) return;
    this.terminate();
    this.finishWithoutKernel(
      run,
      `Stopped by restarting the kernel: the code did not reach a stop point within ${STOP_GRACE_MS / 1000} s. Call \`await progress(step, total)\` inside long loops so Stop can end them gently.`,
    );
    this.cancelQueue('Cancelled: the kernel was restarted.');
    this.loseState();
    this.pump();
  }

  private finishWithoutKernel(run: Run, message: string): void {
    run.listener({ type: 'error', runId: run.runId, kind: 'stopped', message });
    run.listener({ type: 'done', runId: run.runId, ok: false, elapsedMs: 0, backend: '', leakedTensors: 0 });
    if (this.current === run) this.current = null;
    run.finished(false);
  }

  private cancelQueue(message: string): void {
    for (const run of this.queue.splice(0)) this.finishWithoutKernel(run, message);
  }

  private loseState(): void {
    const lost = new Set(this.ranCells);
    this.ranCells.clear();
    for (const l of this.lostListeners) l(lost);
  }

  private clearStopTimer(): void {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = null;
  }

  private terminate(): void {
    this.clearStopTimer();
    this.worker?.terminate();
    this.worker = null;
    this.current = null;
  }
}

/**
 * Only the running run may print, plot, report progress or finish. Two kinds of message
 * belong to a run that already ended: an unhandled rejection it left behind, and rows for a
 * chart it created that a later cell appends to.
 */
function mayArriveLate(msg: FromKernel): boolean {
  return (msg.type === 'error' && msg.kind === 'unhandled') || msg.type === 'plot-data';
}

let kernel: { chapter: string; client: KernelClient } | null = null;

/**
 * Leaving the chapter for a page without cells (home, /progress) unmounts every cell: the
 * kernel is then thrown away, so its worker and tensors do not outlive the chapter. Checked
 * a task later, because React unregisters and re-registers a cell within one commit when
 * its callbacks change.
 */
function releaseIfUnused(client: KernelClient): void {
  setTimeout(() => {
    if (kernel?.client !== client || client.hasCells()) return;
    client.restart();
    kernel = null;
  });
}

/**
 * The kernel of the chapter on screen (its worker starts on the first run). Moving to
 * another chapter throws the old kernel away, so one chapter's state never leaks into another.
 */
export function getKernel(chapter: string): KernelClient {
  if (kernel?.chapter !== chapter) {
    kernel?.client.restart();
    kernel = { chapter, client: new KernelClient() };
  }
  return kernel.client;
}

export type { KernelClient };
