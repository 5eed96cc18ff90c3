/// <reference lib="webworker" />
// The kernel worker's entry: `new Worker(new URL('./kernel.worker.ts', import.meta.url))` in
// client.ts makes the bundler emit it (and tfjs) as its own chunk. The runtime is in worker/.
import './worker/runtime';
