import { vi } from 'vitest';

/**
 * For store tests: a Map-backed localStorage that can be made full, plus the window's storage
 * listeners. Full means what it means in a browser: no write may make the stored total larger,
 * but one that replaces a value with a shorter one succeeds.
 */
export function fakeBrowser() {
  const data = new Map<string, string>();
  let limit: number | null = null;
  const total = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storageListeners: ((e: { key: string | null }) => void)[] = [];
  const localStorage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const after = total() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + v.length;
      if (limit !== null && after > limit) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k: string) => data.delete(k),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  const window = { localStorage, addEventListener: (_type: string, l: (e: { key: string | null }) => void) => storageListeners.push(l) };
  return {
    data,
    window,
    fill: (isFull: boolean) => (limit = isFull ? total() : null),
    /** What another tab's write looks like from here. */
    otherTabWrites: (key: string, value: string) => {
      data.set(key, value);
      for (const l of storageListeners) l({ key });
    },
    backups: () => [...data.keys()].filter((k) => k.startsWith('minimax:progress:backup:')).map((k) => data.get(k)),
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** A fresh page: the store and its helpers, loaded anew over `browser`, with saved progress read. */
export async function openPage(browser: FakeBrowser) {
  vi.resetModules();
  vi.stubGlobal('window', browser.window);
  const store = await import('./store');
  const quizzes = await import('./quizzes');
  const restore = await import('./restore');
  const drawings = await import('./drawings');
  await store.whenProgressLoaded();
  return { ...store, ...quizzes, ...restore, ...drawings };
}
