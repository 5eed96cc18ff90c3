'use client';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { NumericGrade } from '@/lib/grading/numeric';
import { formatTarget } from '@/lib/grading/display';
import { recordQuizAttempt, recordQuizRevealed } from '@/lib/progress/quizzes';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { useQuizFocus } from './useQuizFocus';
import { useSavedQuiz } from './useSavedQuiz';
import { QuizFrame, useAnnouncer } from './QuizFrame';
import { SHOW_ANSWER_AFTER } from './ChoiceQuiz';

type Graded = Extract<NumericGrade, { ok: true }>;

// Grading loads on a quiz's first use (typing, or a saved answer to restore), not with the page.
const loadGrading = () => import('@/lib/grading/numeric');

function summary(g: Graded): string {
  if (g.correct) return `Correct! ${g.value} is within the accepted range.`;
  return `Not quite: ${g.value} is too ${g.direction === 'high' ? 'high' : 'low'}.`;
}

export function NumericQuiz(props: { id: string; prompt: ReactNode; explain: ReactNode; answer: number; tolerance: number; unit?: string }) {
  const { id, prompt, explain, answer, tolerance, unit } = props;
  const slug = useChapterSlug();
  const inputId = useId();
  const [text, setText] = useState('');
  const [graded, setGraded] = useState<Graded | null>(null);
  const { attempts, setAttempts, revealed, setRevealed } = useSavedQuiz(slug, id, (savedText) => {
    if (typeof savedText !== 'string') return;
    void loadGrading().then(({ gradeNumeric }) => {
      const g = gradeNumeric(savedText, answer, tolerance, unit);
      if (g.ok) {
        setText(savedText);
        setGraded(g);
      }
    });
  });
  const [error, setError] = useState('');
  const [announcement, announce] = useAnnouncer();
  const input = useRef<HTMLInputElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const moveFocusTo = useQuizFocus();

  const locked = graded !== null || revealed;
  const showAll = revealed || graded?.correct === true;

  async function check() {
    const { gradeNumeric } = await loadGrading();
    const g = gradeNumeric(text, answer, tolerance, unit);
    if (!g.ok) {
      // Unreadable input is not an attempt: the learner only mistyped.
      setError(g.error);
      announce(g.error);
      moveFocusTo(input);
      return;
    }
    setError('');
    setGraded(g);
    setAttempts((a) => a + 1);
    recordQuizAttempt(slug, id, text.trim(), g.correct);
    announce(summary(g));
    moveFocusTo(g.correct ? status : retryButton);
  }

  function tryAgain() {
    setGraded(null);
    setRevealed(false);
    announce('Answer again.');
    moveFocusTo(input);
  }

  function showAnswer() {
    setRevealed(true);
    setGraded(null);
    recordQuizRevealed(slug, id);
    announce(`The answer is ${formatTarget(answer, tolerance, unit)}.`);
    moveFocusTo(status);
  }

  const statusText = revealed ? `The answer is ${formatTarget(answer, tolerance, unit)}.` : graded ? summary(graded) : error;
  const tone = revealed ? 'revealed' : graded ? (graded.correct ? 'ok' : 'bad') : error ? 'bad' : 'idle';
  const errorId = `${inputId}-error`;

  return (
    <QuizFrame
      id={id}
      kind="Numeric answer"
      prompt={prompt}
      announcement={announcement}
      onSubmit={() => void check()}
      actions={
        <>
          {!locked && (
            <button type="submit" className="primary">
              Check
            </button>
          )}
          {locked && !graded?.correct && (
            <button type="button" ref={retryButton} onClick={tryAgain}>
              Try again
            </button>
          )}
          {!revealed && !graded?.correct && attempts >= SHOW_ANSWER_AFTER && (
            <button type="button" onClick={showAnswer}>
              Show answer
            </button>
          )}
        </>
      }
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
              setError('');
            }}
          />
          {unit && <span className="quiz-unit">{unit}</span>}
        </span>
      </div>
    </QuizFrame>
  );
}
