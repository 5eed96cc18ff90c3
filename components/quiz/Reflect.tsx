'use client';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { Grade } from '@/lib/grading/quiz-state';
import { getQuiz, markReflection, saveReflection } from '@/lib/progress/quizzes';
import type { ReflectMark } from '@/lib/progress/schema';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { checkAnchor } from '@/lib/content/anchors';
import { extract } from './children';
import { ModelAnswer } from './parts';
import { useQuiz } from './useQuiz';
import './quiz.css';

const markText: Record<ReflectMark, string> = {
  'got-it': 'Marked as got it.',
  'not-yet': 'Marked as not yet. Come back to it after the next section.',
};

/**
 * <Reflect id>: the learner writes an answer in their own words, then compares it with the
 * author's <ModelAnswer> and marks it "got it" or "not yet". Writing first is the point, so the
 * model answer only opens once something has been written.
 */
export function Reflect({ id, children }: { id: string; children?: ReactNode }) {
  const slug = useChapterSlug();
  const { found, rest: prompt } = extract(children, [ModelAnswer]);
  const modelAnswer = found.map((e, i) => <div key={i}>{(e.props as { children?: ReactNode }).children}</div>);
  const promptId = useId();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [mark, setMark] = useState<ReflectMark | null>(null);
  // A reflection is never graded: the shared quiz state only tracks "model answer shown" and errors.
  const { state, dispatch, announcement, announce, moveFocusTo } = useQuiz<Grade>(slug, id, (answer) => {
    if (typeof answer === 'string') setText(answer);
    setMark(getQuiz(slug, id)?.mark ?? null);
  });
  const { revealed, error } = state;
  const field = useRef<HTMLTextAreaElement>(null);
  const answerHeading = useRef<HTMLParagraphElement>(null);

  function reveal() {
    if (text.trim() === '') {
      dispatch({ type: 'invalid', error: 'Write your answer first: putting it in your own words is what makes it stick.' });
      announce('Write your answer first.');
      moveFocusTo(field);
      return;
    }
    saveReflection(slug, id, text);
    dispatch({ type: 'reveal' });
    announce('The model answer is shown below your answer. Compare, then mark how you did.');
    moveFocusTo(answerHeading);
  }

  function choose(m: ReflectMark) {
    setMark(m);
    markReflection(slug, id, m);
    announce(markText[m]);
  }

  return (
    <section className="quiz reflect" id={checkAnchor('reflect', id)} data-reflect={id} aria-labelledby={promptId}>
      <p className="quiz-kind">Reflect</p>
      <div className="quiz-prompt" id={promptId}>
        {prompt}
      </div>
      <label htmlFor={fieldId} className="reflect-label">
        Your answer
      </label>
      <textarea
        ref={field}
        id={fieldId}
        className="reflect-text"
        rows={4}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          dispatch({ type: 'edit' });
        }}
        // After the reveal, later rewording is kept too.
        onBlur={() => revealed && text.trim() !== '' && saveReflection(slug, id, text)}
      />
      {error && (
        <p id={`${fieldId}-error`} className="quiz-status" data-tone="bad">
          {error}
        </p>
      )}
      {!revealed ? (
        <div className="quiz-actions">
          <button type="button" className="primary" onClick={reveal}>
            Show model answer
          </button>
        </div>
      ) : (
        <>
          <div className="quiz-model-answer">
            <p ref={answerHeading} tabIndex={-1} className="quiz-verdict">
              Model answer
            </p>
            {modelAnswer}
          </div>
          <div className="reflect-mark" role="group" aria-label="How did your answer compare?">
            <p className="reflect-mark-question">How did your answer compare?</p>
            <button type="button" aria-pressed={mark === 'got-it'} onClick={() => choose('got-it')}>
              Got it
            </button>
            <button type="button" aria-pressed={mark === 'not-yet'} onClick={() => choose('not-yet')}>
              Not yet
            </button>
          </div>
          {mark && (
            <p className="quiz-status" data-tone={mark === 'got-it' ? 'ok' : 'idle'}>
              {markText[mark]}
            </p>
          )}
        </>
      )}
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  );
}
