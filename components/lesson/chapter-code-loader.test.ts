import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadChapterCode } from './chapter-code-loader';

afterEach(() => vi.unstubAllGlobals());

describe('loadChapterCode', () => {
  it('downloads each chapter once, however many parts of the page ask', async () => {
    const fetch = vi.fn(async () => new Response('return 1;'));
    vi.stubGlobal('fetch', fetch);
    const first = loadChapterCode('/chapter-code/a.1.js');
    expect(loadChapterCode('/chapter-code/a.1.js')).toBe(first);
    expect(await first).toEqual({ code: 'return 1;' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('resolves a failed download to its reason instead of rejecting (the page must still hydrate)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const offline = await loadChapterCode('/chapter-code/b.1.js');
    expect('error' in offline && offline.error.message).toBe('Failed to fetch');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not here', { status: 404 })),
    );
    const missing = await loadChapterCode('/chapter-code/c.1.js');
    expect('error' in missing && missing.error.message).toBe('the server answered 404');
  });
});
