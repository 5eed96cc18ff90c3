/**
 * Cell code runs in the kernel's own global scope, so whatever the worker can reach, a cell
 * can too. The kernel keeps a private `postMessage` and removes these names, from the scope
 * and its prototypes, before any cell runs:
 * - `postMessage`: a cell could otherwise imitate the kernel protocol (fake output, a fake
 *   "done") on the page;
 * - `indexedDB`, `caches`: same-origin storage a worker can open; nothing in a cell needs it,
 *   and the learner's data must stay out of cells' reach wherever it is kept later.
 */
const WITHHELD = ['postMessage', 'indexedDB', 'caches'] as const;

/** Returns the scope's postMessage (bound), then deletes every WITHHELD name from the scope. */
export function withholdFromCells(scope: DedicatedWorkerGlobalScope): (message: unknown) => void {
  const post = scope.postMessage.bind(scope) as (message: unknown) => void;
  for (const name of WITHHELD) {
    for (let o: object | null = scope; o; o = Object.getPrototypeOf(o)) {
      if (Object.prototype.hasOwnProperty.call(o, name)) delete (o as Record<string, unknown>)[name];
    }
  }
  return post;
}
