'use client';
import { useEffect, useReducer, type RefObject } from 'react';
import {
  initialQuizState,
  quizReducer,
  quizView,
  type Grade,
  type QuizEvent,
  type QuizState,
  type QuizView,
} from '@/lib/grading/quiz-state';
import { getQuiz } from '@/lib/progress/quizzes';
import { onProgressLoaded } from '@/lib/progress/store';
import type { QuizProgress } from '@/lib/progress/schema';
import { useAnnouncer } from './QuizFrame';
import { useQuizFocus } from './useQuizFocus';

export interface QuizControls<G extends Grade> {
  state: QuizState<G>;
  view: QuizView;
  dispatch: (event: QuizEvent<G>) => void;
  /** Text of the quiz's polite live region. */
  announcement: string;
  announce: (text: string) => void;
  /** Moves keyboard focus to an element after the next render (buttons come and go). */
  moveFocusTo: (ref: RefObject<HTMLElement | null>) => void;
}

/**
 * One quiz's state (lib/grading/quiz-state.ts), its announcements and focus, restored from saved
 * progress once that has been read (after hydration, so the server and first client render agree).
 * `restoreAnswer` gets the saved answer and shows it again; it calls `regrade` with the grade of an
 * answer that still fits the quiz (one that no longer does, because the author changed it, is ignored).
 */
export function useQuiz<G extends Grade>(
  slug: string,
  id: string,
  restoreAnswer: (answer: QuizProgress['answer'], regrade: (graded: G) => void) => void,
): QuizControls<G> {
  const [state, dispatch] = useReducer(quizReducer<G>, undefined, initialQuizState<G>);
  const [announcement, announce] = useAnnouncer();
  const moveFocusTo = useQuizFocus();
  useEffect(
    () =>
      onProgressLoaded(() => {
        const saved = getQuiz(slug, id);
        if (!saved) return;
        const restored = { type: 'restore', attempts: saved.attempts, revealed: saved.revealed === true } as const;
        dispatch({ ...restored, graded: null });
        restoreAnswer(saved.answer, (graded) => dispatch({ ...restored, graded }));
      }),
    // Only on mount: later changes come from the quiz's own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [slug, id],
  );
  return { state, view: quizView(state), dispatch, announcement, announce, moveFocusTo };
}
