/**
 * Whether a running kernel's event loop still turns, which decides how long Stop waits.
 *
 * A kernel sees the page's Stop only when its event loop turns: `await progress()` and
 * `await sleep()` turn it at least every 30 ms, a synchronous loop (`for (;;) print(i)`) never
 * does. While a run is in progress the kernel sends `alive` every ALIVE_MS from a timer, which
 * fires only when the loop turns. The page thus knows how long the kernel has been deaf: a
 * kernel silent for BLOCKED_MS (or twice the longest silence it recovered from in this run, so
 * a cell whose every step computes for 400 ms is not mistaken for a loop) will not hear Stop,
 * and is restarted at once instead of after the whole STOP_GRACE_MS.
 */

export const ALIVE_MS = 100;
export const BLOCKED_MS = 500;
/** The longest Stop waits for a kernel that heard it (or might still) to end its run. */
export const STOP_GRACE_MS = 1000;

export class Liveness {
  private lastTurn: number;
  private longestSilence = 0;

  constructor(now: number) {
    this.lastTurn = now;
  }

  /** The kernel's event loop turned at `now` (an `alive` or another message sent from it). */
  turned(now: number): void {
    this.longestSilence = Math.max(this.longestSilence, now - this.lastTurn);
    this.lastTurn = now;
  }

  /**
   * When a run asked to stop at `stopAt` is restarted if it has not ended: once the kernel
   * acknowledged the Stop, after the grace; until then, as soon as it has been silent too long.
   */
  forceStopAt(stopAt: number, acknowledged: boolean): number {
    const grace = stopAt + STOP_GRACE_MS;
    if (acknowledged) return grace;
    // Jitter in the timer and in the page's own message handling stays well inside BLOCKED_MS.
    const deafAfter = Math.max(BLOCKED_MS, 2 * this.longestSilence);
    return Math.min(grace, this.lastTurn + deafAfter);
  }
}
