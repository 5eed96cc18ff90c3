'use client';
import { use, useEffect, useMemo, useState } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx';
import * as figureKit from '@/components/figure';
import { ChapterContext } from '@/components/chapter/ChapterContext';
import { useKeyboardScrollableOverflow } from './useKeyboardScrollableOverflow';
import { sharedChapterCode } from './chapter-code-handoff';
import { loadChapterCode, type ChapterCode } from './chapter-code-loader';
import type { ChapterCodeSource } from './chapter-code-src';

/**
 * The chapter's prose, math, cells and quizzes. The HTML is prerendered at build time; the
 * bundled MDX that makes it interactive is fetched from `source.src` (the page preloads it) rather than
 * inlined into the page, which would carry the whole chapter a second time. Until it arrives the
 * page does not hydrate: React leaves the server HTML on screen, readable. (A Suspense boundary
 * here would let the rest hydrate first, but React streams a large boundary out of line, after
 * the shell, hidden until a script reveals it: a later paint, and no text without JavaScript.)
 */
export function LessonBody({ source, slug }: { source: ChapterCodeSource; slug: string }) {
  const loaded =
    'code' in source ? source : typeof window === 'undefined' ? codeForServerRender(source.src) : use(loadChapterCode(source.src));
  const evaluated = useMemo(() => ('error' in loaded ? loaded : evaluate(loaded.code)), [loaded]);
  useKeyboardScrollableOverflow();
  if ('error' in evaluated) return <UnloadedBody error={evaluated.error} />;
  const { Content } = evaluated;
  return (
    <ChapterContext.Provider value={slug}>
      <article className="prose">
        <Content components={mdxComponents} />
      </article>
    </ChapterContext.Provider>
  );
}

function codeForServerRender(src: string): ChapterCode {
  const code = sharedChapterCode(src);
  if (code === undefined) throw new Error(`LessonBody: no code for ${src}; the page must call shareChapterCode before rendering it`);
  return { code };
}

/** A damaged download (cut short, or a host's error page served as 200) must not take the text with it. */
function evaluate(code: string): { Content: ReturnType<typeof getMDXComponent> } | { error: Error } {
  try {
    return { Content: getMDXComponent(code, { MinimaxFigure: figureKit }) };
  } catch (error) {
    return { error: new Error(`the chapter's code arrived damaged: ${error instanceof Error ? error.message : String(error)}`) };
  }
}

/**
 * The code did not download (offline before the service worker had the chapter, say). React does
 * not hydrate inside dangerouslySetInnerHTML, so the server-rendered text stays as it is; the
 * notice appears after hydration, since the server HTML has no place for it.
 */
function UnloadedBody({ error }: { error: Error }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <>
      {hydrated && (
        <p className="lesson-load-problem" role="alert">
          The interactive parts of this chapter did not download ({error.message}), so its cells and quizzes do not respond. The text is all
          here.{' '}
          <button type="button" onClick={() => location.reload()}>
            Reload the page
          </button>
        </p>
      )}
      <article className="prose" dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
    </>
  );
}
