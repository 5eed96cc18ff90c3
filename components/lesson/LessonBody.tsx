'use client';
import { useMemo } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx';
import * as figureKit from '@/components/figure';
import { ChapterContext } from '@/components/chapter/ChapterContext';
import { useKeyboardScrollableOverflow } from './useKeyboardScrollableOverflow';

/**
 * Evaluates the chapter's bundled MDX. The HTML is prerendered at build time (math included);
 * in the browser this hydrates it so figures, cells and quizzes become interactive.
 */
export function LessonBody({ code, slug }: { code: string; slug: string }) {
  useKeyboardScrollableOverflow();
  const Content = useMemo(() => getMDXComponent(code, { MinimaxFigure: figureKit }), [code]);
  return (
    <ChapterContext.Provider value={slug}>
      <Content components={mdxComponents} />
    </ChapterContext.Provider>
  );
}
