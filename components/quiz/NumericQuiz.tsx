'use client';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { NumericGrade } from '@/lib/grading/numeric';
import { formatTarget } from '@/lib/grading/display';
import { recordQuizAttempt, recordQuizRevealed } from '@/lib/progress/quizzes';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { useQuiz } from './useQuiz';
import { QuizActions } from './QuizActions';
import { QuizFrame } from './QuizFrame';

type Graded = Extract<NumericGrade, { ok: true }>;

// Grading loads on a quiz's first use (typing, or a saved answer to restore), not with the page.
const loadGrading = () => import('@/lib/grading/numeric');

function summary(g: Graded): string {
  if (g.correct) return `Correct! ${g.value} is within the accepted range.`;
  return `Not quite: ${g.value} is too ${g.direction === 'high' ? 'high' : 'low'}.`;
}

export function NumericQuiz(props: {
  id: string;
  prompt: ReactNode;
  explain: ReactNode;
  answer: number;
  tolerance: number;
  unit?: string;
}) {
  const { id, prompt, explain, answer, tolerance, unit } = props;
  const slug = useChapterSlug();
  const inputId = useId();
  const [text, setText] = useState('');
  const { state, view, dispatch, announcement, announce, moveFocusTo } = useQuiz<Graded>(slug, id, (savedText, regrade) => {
    if (typeof savedText !== 'string') return;
    void loadGrading().then(({ gradeNumeric }) => {
      const g = gradeNumeric(savedText, answer, tolerance, unit);
      if (g.ok) {
        setText(savedText);
        regrade(g);
      }
    });
  });
  const { graded, revealed, error } = state;
  const input = useRef<HTMLInputElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  async function check() {
    const { gradeNumeric } = await loadGrading();
    const g = gradeNumeric(text, answer, tolerance, unit);
    if (!g.ok) {
      // Unreadable input is not an attempt: the learner only mistyped.
      dispatch({ type: 'invalid', error: g.error });
      announce(g.error);
      moveFocusTo(input);
      return;
    }
    dispatch({ type: 'graded', graded: g });
    recordQuizAttempt(slug, id, text.trim(), g.correct);
    announce(summary(g));
    moveFocusTo(g.correct ? status : retryButton);
  }

  function tryAgain() {
    dispatch({ type: 'retry' });
    announce('Answer again.');
    moveFocusTo(input);
  }

  function showAnswer() {
    dispatch({ type: 'reveal' });
    recordQuizRevealed(slug, id);
    announce(`The answer is ${formatTarget(answer, tolerance, unit)}.`);
    moveFocusTo(status);
  }

  const { locked, showAll, tone } = view;
  const statusText = revealed ? `The answer is ${formatTarget(answer, tolerance, unit)}.` : graded ? summary(graded) : error;
  const errorId = `${inputId}-error`;

  return (
    <QuizFrame
      id={id}
      kind="Numeric answer"
      prompt={prompt}
      announcement={announcement}
      onSubmit={() => void check()}
      actions={<QuizActions view={view} retryRef={retryButton} onRetry={tryAgain} onShowAnswer={showAnswer} />}
      status={
        <p ref={status} tabIndex={-1} id={errorId} className="quiz-status" data-tone={tone}>
          {statusText}
        </p>
      }
      footer={showAll ? <div className="quiz-explain">{explain ?? <p>Accepted: {formatTarget(answer, tolerance, unit)}.</p>}</div> : null}
    >
      <div className="quiz-numeric">
        <label htmlFor={inputId}>Your answer</label>
        <span className="quiz-numeric-field">
          <input
            ref={input}
            id={inputId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={text}
            readOnly={locked}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              void loadGrading();
              setText(e.target.value);
              dispatch({ type: 'edit' });
            }}
          />
          {unit && <span className="quiz-unit">{unit}</span>}
        </span>
      </div>
    </QuizFrame>
  );
}
