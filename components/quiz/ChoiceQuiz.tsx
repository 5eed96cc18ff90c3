'use client';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { ChoiceGrade, ChoiceVerdict } from '@/lib/grading/choices';
import { choiceMode } from '@/lib/grading/display';
import { recordQuizAttempt, recordQuizRevealed } from '@/lib/progress/quizzes';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { useQuizFocus } from './useQuizFocus';
import { useSavedQuiz } from './useSavedQuiz';
import { QuizFrame, useAnnouncer } from './QuizFrame';

export interface ChoiceSpec {
  correct: boolean;
  content: ReactNode;
  explain: ReactNode;
}

type Graded = Extract<ChoiceGrade, { ok: true }> & { summary: string };

// Grading loads on a quiz's first use (a choice picked, or a saved answer to restore), not with the page.
const loadGrading = () => import('@/lib/grading/choices');

/** Attempts after which the learner may ask to see the answer. */
export const SHOW_ANSWER_AFTER = 2;

const verdictText: Record<ChoiceVerdict, string> = {
  right: 'Correct choice.',
  wrong: 'Not correct.',
  missed: 'Missed: this one is also correct.',
  unselected: 'Not correct.',
};

export function ChoiceQuiz({ id, prompt, explain, choices }: { id: string; prompt: ReactNode; explain: ReactNode; choices: ChoiceSpec[] }) {
  const slug = useChapterSlug();
  const name = useId();
  const key = choices.flatMap((c, i) => (c.correct ? [i] : []));
  const mode = choiceMode(key);
  const [selected, setSelected] = useState<number[]>([]);
  const [graded, setGraded] = useState<Graded | null>(null);
  const { attempts, setAttempts, revealed, setRevealed } = useSavedQuiz(slug, id, (answer) => {
    if (!Array.isArray(answer)) return;
    void loadGrading().then(({ gradeChoices, summarizeChoices }) => {
      const g = gradeChoices(answer, key, choices.length);
      // A saved answer that no longer fits the quiz (the author changed it) is ignored.
      if (g.ok) {
        setSelected(answer);
        setGraded({ ...g, summary: summarizeChoices(g, mode) });
      }
    });
  });
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useAnnouncer();
  const firstInput = useRef<HTMLInputElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const moveFocusTo = useQuizFocus();

  const locked = graded !== null || revealed;
  const showAll = revealed || graded?.correct === true;

  function toggle(i: number) {
    void loadGrading();
    setError('');
    setSelected((s) => (mode === 'single' ? [i] : s.includes(i) ? s.filter((x) => x !== i) : [...s, i].sort((a, b) => a - b)));
  }

  async function check() {
    const { gradeChoices, summarizeChoices } = await loadGrading();
    const g = gradeChoices(selected, key, choices.length);
    if (!g.ok) {
      setError(g.error);
      setAnnouncement(g.error);
      return;
    }
    const summary = summarizeChoices(g, mode);
    setGraded({ ...g, summary });
    setAttempts((a) => a + 1);
    recordQuizAttempt(slug, id, selected, g.correct);
    setAnnouncement(summary);
    moveFocusTo(g.correct ? status : retryButton);
  }

  function tryAgain() {
    setGraded(null);
    setRevealed(false);
    setSelected([]);
    setError('');
    setAnnouncement('Answer again.');
    moveFocusTo(firstInput);
  }

  function showAnswer() {
    setRevealed(true);
    setSelected(key);
    setGraded(null);
    recordQuizRevealed(slug, id);
    setAnnouncement('The answer is shown. Read why each choice is right or wrong.');
    moveFocusTo(status);
  }

  const statusText = revealed ? 'The answer is marked above, with why each choice is right or wrong.' : graded ? graded.summary : error;
  const tone = revealed ? 'revealed' : graded ? (graded.correct ? 'ok' : 'bad') : error ? 'bad' : 'idle';

  return (
    <QuizFrame
      id={id}
      kind={mode === 'single' ? 'Choose one answer' : 'Select all that apply'}
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
          {graded?.correct && !revealed && (
            <button type="button" onClick={tryAgain}>
              Answer again
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
        <p ref={status} tabIndex={-1} className="quiz-status" data-tone={tone}>
          {statusText}
        </p>
      }
      footer={showAll && explain ? <div className="quiz-explain">{explain}</div> : null}
    >
      <ul className="quiz-choices" role="presentation">
        {choices.map((choice, i) => {
          const verdict: ChoiceVerdict | null = revealed ? (choice.correct ? 'right' : 'unselected') : graded ? graded.verdicts[i]! : null;
          // In a single-answer quiz a wrong pick does not give away the right one; Show answer does.
          const hideMissed = verdict === 'missed' && mode === 'single' && !showAll;
          const showVerdict = verdict !== null && !hideMissed && (verdict !== 'unselected' || showAll);
          const inputId = `${name}-${i}`;
          const feedbackId = `${inputId}-feedback`;
          return (
            <li key={i} className="quiz-choice" data-verdict={showVerdict ? verdict : undefined}>
              <input
                ref={i === 0 ? firstInput : undefined}
                id={inputId}
                type={mode === 'single' ? 'radio' : 'checkbox'}
                name={name}
                checked={selected.includes(i)}
                disabled={locked}
                onChange={() => toggle(i)}
                aria-describedby={showVerdict ? feedbackId : undefined}
              />
              <label htmlFor={inputId} className="quiz-choice-content">
                {/* A choice may be math alone, which gives its input no text name; the position always does. */}
                <span className="sr-only">Choice {i + 1}: </span>
                {choice.content}
              </label>
              {showVerdict && (
                <div id={feedbackId} className="quiz-feedback">
                  <p className="quiz-verdict">{revealed && choice.correct ? 'Correct choice.' : verdictText[verdict!]}</p>
                  {choice.explain}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </QuizFrame>
  );
}
