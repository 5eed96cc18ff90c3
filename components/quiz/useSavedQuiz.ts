'use client';
import { useEffect, useState } from 'react';
import { getQuiz } from '@/lib/progress/quizzes';
import { onProgressLoaded } from '@/lib/progress/store';
import type { QuizProgress } from '@/lib/progress/schema';

/**
 * A quiz's attempt count and "answer shown" flag, restored from saved progress once it has been
 * read (after hydration, so the server and the first client render agree). `restoreAnswer` gets
 * the saved answer, for the quiz to grade and show again.
 */
export function useSavedQuiz(slug: string, id: string, restoreAnswer: (answer: QuizProgress['answer']) => void) {
  const [attempts, setAttempts] = useState(0);
  const [revealed, setRevealed] = useState(false);
  useEffect(
    () =>
      onProgressLoaded(() => {
        const saved = getQuiz(slug, id);
        if (!saved) return;
        setAttempts(saved.attempts);
        setRevealed(saved.revealed === true);
        restoreAnswer(saved.answer);
      }),
    // Only on mount: later changes come from the quiz's own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [slug, id],
  );
  return { attempts, setAttempts, revealed, setRevealed };
}
