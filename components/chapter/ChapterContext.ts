'use client';
import { createContext, useContext } from 'react';

/** The slug of the lesson being shown, so cells and quizzes can key saved state by chapter. */
export const ChapterContext = createContext<string>('');

export function useChapterSlug(): string {
  return useContext(ChapterContext);
}
