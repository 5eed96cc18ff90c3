import { createHash } from 'node:crypto';

/** Where the browser fetches a chapter's compiled MDX (app/chapter-code/[file]/route.ts serves it). */
export const CHAPTER_CODE_PATH = '/chapter-code/';

/**
 * The file name of a chapter's compiled code: its slug and a hash of the code, so a page only
 * ever loads the code it was rendered from, and a cached copy is never stale.
 */
export function chapterCodeFile(slug: string, code: string): string {
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  return `${slug}.${hash}.js`;
}
