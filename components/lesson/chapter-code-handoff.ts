/**
 * Hands a chapter's compiled code from the server component that compiled it (LessonLayout) to
 * LessonBody's server render. Both run in one Node process while a page is prerendered; a prop
 * would instead put the code into the page's inline RSC payload, a second copy of the whole
 * chapter in its HTML. In the browser LessonBody fetches the same code by its URL.
 */
const STORE = Symbol.for('minimax.chapterCode');

function store(): Map<string, string> {
  const holder = globalThis as { [STORE]?: Map<string, string> };
  return (holder[STORE] ??= new Map());
}

export function shareChapterCode(src: string, code: string): void {
  store().set(src, code);
}

export function sharedChapterCode(src: string): string | undefined {
  return store().get(src);
}
