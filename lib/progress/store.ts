import { emptyProgress, progressSchema, type Progress } from './schema';

/**
 * The learner's progress, kept in localStorage under one key and shared by every component
 * through subscribe/getSnapshot (React's useSyncExternalStore). Other tabs' writes arrive
 * through the `storage` event.
 */
export const STORAGE_KEY = 'minimax:progress';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Progress | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function read(): Progress {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return emptyProgress();
  const parsed = progressSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : emptyProgress();
}

export function getProgress(): Progress {
  current ??= read();
  return current;
}

/** The empty value React uses while prerendering, when there is no browser storage. */
const serverSnapshot = emptyProgress();
export function getServerProgress(): Progress {
  return serverSnapshot;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit() {
  for (const l of listeners) l();
}

/** Applies an immutable update and saves it. */
export function updateProgress(update: (p: Progress) => Progress): void {
  current = update(getProgress());
  storage()?.setItem(STORAGE_KEY, JSON.stringify(current));
  emit();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY) return;
    current = read();
    emit();
  });
}
