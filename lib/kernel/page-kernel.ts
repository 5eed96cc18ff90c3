import { KernelClient } from './client';

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
    kernel = { chapter, client: new KernelClient(releaseIfUnused) };
  }
  return kernel.client;
}

export type { KernelClient };
