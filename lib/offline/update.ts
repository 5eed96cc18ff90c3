/**
 * When to tell the learner that a new version of the site has arrived. The browser installs a
 * new service worker beside the one serving this page and keeps it waiting until every tab of
 * the site is closed (lib/offline/sw.ts never skips waiting), so the page only says so: the new
 * version loads on the next visit. Written against the few members it reads, so that the
 * decision is unit-tested with fakes.
 */

/** What is read of a `ServiceWorker`. */
export interface WorkerLike {
  readonly state: string;
  addEventListener(type: 'statechange', listener: () => void): void;
  removeEventListener(type: 'statechange', listener: () => void): void;
}

/** What is read of a `ServiceWorkerRegistration`. */
export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
  removeEventListener(type: 'updatefound', listener: () => void): void;
}

/**
 * Calls `onUpdate` once, when a new version is installed and waiting while this page runs under
 * an older one (`controlled()`: the page has a controlling service worker). A worker that
 * installs on the first visit has no older one to replace and is announced to no one. Returns a
 * function that stops watching.
 */
export function watchForUpdate(registration: RegistrationLike, controlled: () => boolean, onUpdate: () => void): () => void {
  let announced = false;
  const announce = () => {
    if (announced || !controlled()) return;
    announced = true;
    onUpdate();
  };
  const listeners = new Map<WorkerLike, () => void>();
  const watch = (worker: WorkerLike | null) => {
    if (!worker || listeners.has(worker)) return;
    const listener = () => {
      if (worker.state === 'installed') announce();
    };
    listeners.set(worker, listener);
    worker.addEventListener('statechange', listener);
  };
  const onUpdateFound = () => watch(registration.installing);

  if (registration.waiting) announce();
  watch(registration.installing);
  registration.addEventListener('updatefound', onUpdateFound);
  return () => {
    registration.removeEventListener('updatefound', onUpdateFound);
    for (const [worker, listener] of listeners) worker.removeEventListener('statechange', listener);
  };
}
