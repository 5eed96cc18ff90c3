import type { RunMessage, RunRequest, ToKernel } from './protocol';
import { newRunId } from './run-id';
import { Liveness, STOP_GRACE_MS } from './liveness';

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
 * not within STOP_GRACE_MS, or sooner if the kernel's event loop has stopped turning and so
 * cannot hear Stop (liveness.ts), the worker is terminated and replaced, and every cell that had
 * run is told its state is gone ("needs re-run"). A kernel that does not acknowledge a run
 * within ACK_TIMEOUT_MS (cell code closed it, or left it busy) is replaced the same way,
 * and the run starts again in the fresh one.
 */

export const ACK_TIMEOUT_MS = 4000;

type RunPayload = Omit<RunRequest, 'type' | 'runId'>;
type RunListener = (msg: RunMessage) => void;

interface Run {
  runId: string;
  payload: RunPayload;
  listener: RunListener;
  finished: (ok: boolean) => void;
  /** Set once the run was restarted in a fresh kernel because the old one did not answer. */
  retried?: boolean;
  /** The kernel answered its Stop, so it is waiting on a promise rather than looping. */
  stopAcknowledged?: boolean;
  /** Whether the kernel's event loop turns during this run; set once the kernel accepted it. */
  liveness?: Liveness;
  /** When Stop was pressed. */
  stopAt?: number;
}

export interface KernelStatus {
  state: 'off' | 'idle' | 'busy';
  queued: number;
}

type LostListener = (cellIds: Set<string>) => void;

/** What a cell (or exercise) tells the kernel about itself when it mounts. */
interface CellEntry {
  element: () => Element | null;
  /** Runs the cell as its Run button does; resolves true when the run succeeded. */
  run: () => Promise<boolean>;
  /** The code its editor holds now. */
  code: () => string;
  /** Whether Run all runs it (exercises are checked one by one, not run by Run all). */
  inRunAll: boolean;
}

/** A cell of the page as the kernel knows it: for saying which cell declares a missing name. */
export interface PageCell {
  id: string;
  code: string;
  element: Element | null;
  /** It has run in this kernel (since the kernel started). */
  ran: boolean;
}

class KernelClient {
  /** @param onIdle called when the page's last cell unregisters. */
  constructor(private readonly onIdle: (client: KernelClient) => void = () => {}) {}

  private worker: Worker | null = null;
  /** The worker has loaded and listens (its `ready` arrived). */
  private ready = false;
  private ackTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Run[] = [];
  private current: Run | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Listeners by run id, kept after a run ends so late errors (unhandled rejections) still
   * land on their cell; a cell's next run replaces its previous listener.
   */
  private listeners = new Map<string, RunListener>();
  private latestRunOfCell = new Map<string, string>();
  private ranCells = new Set<string>();
  private lostListeners = new Set<LostListener>();
  private statusListeners = new Set<() => void>();
  private status: KernelStatus = { state: 'off', queued: 0 };
  private cells = new Map<string, CellEntry>();

  /** Queues a run; the promise resolves when it is done (true when it succeeded). */
  run(payload: RunPayload, listener: RunListener): { runId: string; done: Promise<boolean> } {
    const runId = newRunId();
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
  stop(runId: string): void {
    const queued = this.queue.findIndex((r) => r.runId === runId);
    if (queued >= 0) {
      const [run] = this.queue.splice(queued, 1);
      this.finishWithoutKernel(run, 'Cancelled before it started.');
      this.pump();
      return;
    }
    const run = this.current;
    if (run?.runId !== runId || run.stopAt !== undefined) return;
    this.post({ type: 'stop', runId });
    run.stopAt = Date.now();
    this.scheduleForceStop(run);
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

  /** Cells register so "Run all" can run them in page order, and so an error can name the cell that declares a name. */
  register(id: string, entry: CellEntry): () => void {
    this.cells.set(id, entry);
    return () => {
      if (this.cells.get(id) === entry) this.cells.delete(id);
      if (this.cells.size === 0) this.onIdle(this);
    };
  }

  hasCells(): boolean {
    return this.cells.size > 0;
  }

  private inPageOrder(): [string, CellEntry][] {
    return [...this.cells].sort(([, a], [, b]) => {
      const ea = a.element();
      const eb = b.element();
      if (!ea || !eb) return 0;
      return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /** Runs every registered cell in page order, stopping at the first that fails. */
  async runAll(): Promise<void> {
    for (const [, cell] of this.inPageOrder()) if (cell.inRunAll && !(await cell.run())) return;
  }

  /** Runs the given cells one after another, as their Run buttons do, stopping at the first that fails. */
  async runCells(ids: readonly string[]): Promise<boolean> {
    for (const id of ids) {
      const cell = this.cells.get(id);
      if (!cell || !(await cell.run())) return false;
    }
    return true;
  }

  /** Every registered cell in page order, with its current code. */
  pageCells(): PageCell[] {
    return this.inPageOrder().map(([id, c]) => ({ id, code: c.code(), element: c.element(), ran: this.ranCells.has(id) }));
  }

  /** The cell a run belongs to (its latest run, or the one in progress). */
  cellOfRun(runId: string): string | undefined {
    if (this.current?.runId === runId) return this.current.payload.cellId;
    for (const [cellId, latest] of this.latestRunOfCell) if (latest === runId) return cellId;
    return undefined;
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
    worker.onmessage = (event: MessageEvent<unknown>) => void messages.then((p) => this.worker === worker && this.receive(p, event.data));
    worker.onerror = (event) => {
      event.preventDefault();
      const run = this.current;
      if (run)
        this.finishWithoutKernel(run, `The kernel failed to start: ${event.message || 'unknown error'}. Reload the page to try again.`);
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
        this.watchForAck();
      }
    }
    this.setStatus();
  }

  /** Once the kernel listens, the current run must be acknowledged within ACK_TIMEOUT_MS. */
  private watchForAck(): void {
    if (!this.ready || !this.current || this.ackTimer) return;
    const run = this.current;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = null;
      if (this.current === run) this.restartUnresponsive(run);
    }, ACK_TIMEOUT_MS);
  }

  private restartUnresponsive(run: Run): void {
    this.terminate();
    const cellId = run.payload.cellId;
    this.ranCells.delete(cellId);
    this.loseState();
    if (run.retried) {
      this.finishWithoutKernel(run, UNRESPONSIVE_AGAIN);
      this.cancelQueue('Cancelled: the kernel was restarted.');
    } else {
      run.retried = true;
      run.listener({ type: 'output', runId: run.runId, items: [{ kind: 'text', text: UNRESPONSIVE }], hidden: 0 });
      this.queue.unshift(run);
    }
    this.pump();
  }

  private receive({ fromKernelSchema }: Protocol, data: unknown): void {
    const parsed = fromKernelSchema.safeParse(data);
    if (!parsed.success) return;
    const msg = parsed.data;
    if (msg.type === 'ready') {
      this.ready = true;
      this.watchForAck();
      return;
    }
    const run = this.current;
    if (msg.runId === run?.runId) {
      if (msg.type === 'accepted') {
        run.liveness = new Liveness(Date.now());
        return this.clearAckTimer();
      }
      // Only these two are sent from a turn of the kernel's event loop: output and chart rows
      // are also flushed from inside a synchronous loop.
      if (msg.type === 'stopping' || msg.type === 'alive') {
        run.liveness?.turned(Date.now());
        if (msg.type === 'stopping') run.stopAcknowledged = true;
        return this.scheduleForceStop(run);
      }
    } else if (!mayArriveLate(msg)) return;
    this.listeners.get(msg.runId)?.(msg);
    if (msg.type === 'done' && this.current?.runId === msg.runId) {
      this.clearStopTimer();
      const run = this.current;
      this.current = null;
      run.finished(msg.ok);
      this.pump();
    }
  }

  /** (Re)sets when a run asked to stop is ended by restarting its kernel (liveness.ts). */
  private scheduleForceStop(run: Run): void {
    if (run.stopAt === undefined || this.current !== run) return;
    this.clearStopTimer();
    const now = Date.now();
    const at = run.liveness?.forceStopAt(run.stopAt, !!run.stopAcknowledged) ?? run.stopAt + STOP_GRACE_MS;
    this.stopTimer = setTimeout(() => this.forceStop(run.runId), Math.max(0, at - now));
  }

  private forceStop(runId: string): void {
    this.stopTimer = null;
    const run = this.current;
    if (run?.runId !== runId) return;
    this.terminate();
    this.finishWithoutKernel(run, run.stopAcknowledged ? STOPPED_WAITING : STOPPED_LOOPING);
    this.cancelQueue('Cancelled: the kernel was restarted.');
    this.loseState();
    this.pump();
  }

  private finishWithoutKernel(run: Run, message: string): void {
    if (this.current === run) this.clearAckTimer();
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

  private clearAckTimer(): void {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = null;
  }

  private terminate(): void {
    this.clearStopTimer();
    this.clearAckTimer();
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    this.current = null;
  }
}

/**
 * Only the running run may print, plot, report progress or finish. Two kinds of message
 * belong to a run that already ended: an unhandled rejection it left behind, and rows for a
 * chart it created that a later cell appends to.
 */
function mayArriveLate(msg: RunMessage): boolean {
  return (msg.type === 'error' && msg.kind === 'unhandled') || msg.type === 'plot-data';
}

const STOPPED_LOOPING = `Stopped by restarting the kernel: the code was busy without reaching a stop point, so it could not hear Stop. Call \`await progress(step, total)\` inside long loops so Stop can end them gently.`;
const STOPPED_WAITING = `Stopped by restarting the kernel: the run was still waiting for a promise ${STOP_GRACE_MS / 1000} s after Stop (an \`await\` on something that had not settled, such as \`new Promise(() => {})\`, which never does). A wait can only be cut short this way; \`await sleep(ms)\` and \`await progress(step, total)\` end gently.`;
const UNRESPONSIVE = `The kernel did not answer within ${ACK_TIMEOUT_MS / 1000} s (cell code may have closed it with \`self.close()\` or left it busy), so it was restarted and this run started again in the fresh kernel. Cells run before need a re-run.`;
const UNRESPONSIVE_AGAIN = `Stopped: the kernel did not answer twice in a row, even after a restart. Reload the page to try again.`;

export { KernelClient };
