import { preload } from 'react-dom';
import type { CompiledChapter } from '@/lib/content/compile';
import { CHAPTER_CODE_PATH, chapterCodeFile } from '@/lib/content/chapter-code';
import { shareChapterCode } from './chapter-code-handoff';

/** Where LessonBody gets a chapter's compiled code: a URL in the export, the code itself under `next dev`. */
export type ChapterCodeSource = { src: string } | { code: string };

/**
 * In the export, the URL LessonBody fetches the code from (handed to its server render
 * meanwhile). Under `next dev` the code goes inline as before: a file named by a hash of the code
 * would have to be listed, by compiling every chapter, each time an author saves one.
 */
export function chapterCodeSource({ slug, code }: CompiledChapter): ChapterCodeSource {
  if (process.env.NODE_ENV === 'development') return { code };
  const src = CHAPTER_CODE_PATH + chapterCodeFile(slug, code);
  shareChapterCode(src, code);
  // Fetched while the HTML is still parsing, not after the page's scripts have run.
  preload(src, { as: 'fetch', crossOrigin: 'anonymous' });
  return { src };
}
