'use client';
import type { DecodedLink } from '@/lib/progress/share-link';

/**
 * The shared run in the page's address. The `#run=…` hash stays while the learner decides, so a
 * reload shows the same notice; keeping or dismissing the code removes it.
 */

const CHANGED = 'minimax:share-link';
/** SHARE_PREFIX of lib/progress/share-link.ts, repeated so that the decoder (and zod) load only for a shared link. */
const isShareHash = (hash: string) => hash.startsWith('#run=');
let last: { hash: string; decoded: Promise<DecodedLink> } | null = null;

/** The decoded link in the address, or null when the hash is not a shared run (or there is none). */
export function sharedLinkInLocation(): Promise<DecodedLink> | null {
  const { hash } = window.location;
  if (!isShareHash(hash)) return null;
  // Every cell asks; the link is decoded once.
  if (last?.hash !== hash) last = { hash, decoded: import('@/lib/progress/share-link').then((m) => m.decodeShareLink(hash)) };
  return last.decoded;
}

/** Whether the link in the address holds code for this cell (an autorun cell then waits for Run). */
export async function isSharedTarget(cellId: string): Promise<boolean> {
  const decoded = await sharedLinkInLocation();
  return decoded?.ok === true && decoded.run.cell === cellId;
}

/** Calls `listener` when the address's link changes: a new hash, or the learner's decision. */
export function onShareLinkChange(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener(CHANGED, listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener(CHANGED, listener);
  };
}

/** Removes the link from the address without a navigation or a new history entry. */
export function clearShareLink(): void {
  if (!isShareHash(window.location.hash)) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
  window.dispatchEvent(new Event(CHANGED));
}

/** The address of this page that opens `hash`. */
export function pageLinkWith(hash: string): string {
  const { origin, pathname } = window.location;
  return origin + pathname + hash;
}
