'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { KernelClient, KernelStatus } from '@/lib/kernel/client';
import { loadKernel, whenKernelLoaded } from '@/lib/kernel/loader';

const offStatus: KernelStatus = { state: 'off', queued: 0 };
const getOffStatus = () => offStatus;
const subscribeToNothing = () => () => {};

function kernelLabel(status: KernelStatus, loadFailed: boolean): string {
  if (status.state === 'busy') return `busy${status.queued ? ` (${status.queued} queued)` : ''}`;
  if (status.state === 'idle') return 'idle';
  return loadFailed ? 'did not load (check the connection, then Run all again)' : 'not started';
}

/** The page kernel's state with Run all and Restart; shown once, above the first cell. */
export function KernelBar({ chapter }: { chapter: string }) {
  // Until a first Run loads the kernel client, the kernel is simply "not started".
  const [kernel, setKernel] = useState<KernelClient | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => whenKernelLoaded(({ getKernel }) => setKernel(getKernel(chapter))), [chapter]);
  const status = useSyncExternalStore(kernel?.subscribe ?? subscribeToNothing, kernel?.getStatus ?? getOffStatus, getOffStatus);
  const label = kernelLabel(status, loadFailed);
  return (
    <div className="kernel-bar" role="toolbar" aria-label="Page kernel">
      <span className="kernel-state" data-state={status.state}>
        Kernel: {label}
      </span>
      <button
        type="button"
        onClick={() => {
          setLoadFailed(false);
          void loadKernel().then(
            ({ getKernel }) => getKernel(chapter).runAll(),
            () => setLoadFailed(true),
          );
        }}
      >
        Run all
      </button>
      <button type="button" onClick={() => kernel?.restart()} disabled={status.state === 'off'}>
        Restart
      </button>
    </div>
  );
}
