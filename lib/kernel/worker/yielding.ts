/**
 * A kernel busy in a loop only sees the page's Stop message when it returns to its event
 * loop. `progress`/`sleep` call `yieldNow` so that happens every YIELD_MS at most: a
 * MessageChannel round trip is a real task (unlike a resolved promise) without setTimeout's
 * 4 ms clamp.
 */
export const YIELD_MS = 30;

const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

export function yieldNow(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
