import type { RefObject } from 'react';
import type { QuizView } from '@/lib/grading/quiz-state';

/** The buttons under a graded quiz, as its state allows them (Check submits the quiz's form). */
export function QuizActions(props: {
  view: QuizView;
  retryRef: RefObject<HTMLButtonElement | null>;
  onRetry: () => void;
  onShowAnswer: () => void;
}) {
  const { view, retryRef, onRetry, onShowAnswer } = props;
  return (
    <>
      {view.canCheck && (
        <button type="submit" className="primary">
          Check
        </button>
      )}
      {view.canRetry && (
        <button type="button" ref={retryRef} onClick={onRetry}>
          Try again
        </button>
      )}
      {view.canAnswerAgain && (
        <button type="button" onClick={onRetry}>
          Answer again
        </button>
      )}
      {view.canShowAnswer && (
        <button type="button" onClick={onShowAnswer}>
          Show answer
        </button>
      )}
    </>
  );
}
