/**
 * Fetches a chapter's compiled code in the browser, once per URL. The promise never rejects: a
 * failed download resolves to its error, so the page still hydrates (with the lesson readable
 * but not interactive) instead of falling to an error page.
 */
export type ChapterCode = { code: string } | { error: Error };

const loads = new Map<string, Promise<ChapterCode>>();

export function loadChapterCode(src: string): Promise<ChapterCode> {
  let load = loads.get(src);
  if (!load) {
    load = fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.text();
      })
      .then(
        (code) => ({ code }),
        (error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)) }),
      );
    loads.set(src, load);
  }
  return load;
}
