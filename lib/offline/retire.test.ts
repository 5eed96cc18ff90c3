import vm from 'node:vm';
import { expect, it, vi } from 'vitest';
import { retiringServiceWorker } from './retire';

it('the dev server’s service worker takes over, removes itself and the cached build, and reloads open tabs', async () => {
  const listeners: Record<string, (event: unknown) => void> = {};
  const tab = { url: 'http://localhost:3000/learn/kl-and-jsd', navigate: vi.fn() };
  const caches = { keys: vi.fn(async () => ['serwist-precache-v2-http://localhost:3000/']), delete: vi.fn(async () => true) };
  const self = {
    addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] = fn),
    skipWaiting: vi.fn(),
    registration: { unregister: vi.fn(async () => true) },
    clients: { claim: vi.fn(async () => {}), matchAll: vi.fn(async () => [tab]) },
  };
  vm.runInNewContext(retiringServiceWorker, { self, caches });

  listeners.install({});
  expect(self.skipWaiting).toHaveBeenCalled();
  let done: Promise<unknown> = Promise.resolve();
  listeners.activate({ waitUntil: (p: Promise<unknown>) => (done = p) });
  await done;
  expect(self.registration.unregister).toHaveBeenCalled();
  expect(caches.delete).toHaveBeenCalledWith('serwist-precache-v2-http://localhost:3000/');
  expect(self.clients.matchAll).toHaveBeenCalledWith({ type: 'window' });
  expect(tab.navigate).toHaveBeenCalledWith(tab.url);
});
