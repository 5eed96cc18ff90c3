'use client';
import { useSyncExternalStore } from 'react';
import type { KernelClient, KernelStatus } from './kernel-client';

const offStatus: KernelStatus = { state: 'off', queued: 0 };

/** The page kernel's state with Run all and Restart; shown once, above the first cell. */
export function KernelBar({ kernel }: { kernel: KernelClient }) {
  const status = useSyncExternalStore(kernel.subscribe, kernel.getStatus, () => offStatus);
  const label = status.state === 'off' ? 'not started' : status.state === 'busy' ? `busy${status.queued ? ` (${status.queued} queued)` : ''}` : 'idle';
  return (
    <div className="kernel-bar" role="toolbar" aria-label="Page kernel">
      <span className="kernel-state" data-state={status.state}>
        Kernel: {label}
      </span>
      <button type="button" onClick={() => void kernel.runAll()}>
        Run all
      </button>
      <button type="button" onClick={() => kernel.restart()} disabled={status.state === 'off'}>
        Restart
      </button>
    </div>
  );
}
