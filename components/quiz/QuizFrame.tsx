'use client';
import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import { checkAnchor } from '@/lib/content/anchors';

/**
 * Text for a polite live region. Saying the same thing twice ("Not quite" on two attempts) must
 * still be heard, so every other announcement carries an invisible trailing no-break space.
 */
export function useAnnouncer(): [string, (text: string) => void] {
  const [state, setState] = useState({ text: '', flip: false });
  const announce = useCallback((text: string) => setState((s) => ({ text: s.flip ? text : `${text}\u00a0`, flip: !s.flip })), []);
  return [state.text, announce];
}

/**
 * The box every quiz kind shares: the question, the answer area (a group named by the
 * question), a visible status line, the buttons and a polite live region. The live region only
 * speaks on the learner's own actions, so a page with restored answers stays quiet on load.
 */
export function QuizFrame(props: {
  id: string;
  kind: string;
  prompt: ReactNode;
  announcement: string;
  onSubmit: () => void;
  actions: ReactNode;
  status: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const promptId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    // method="dialog" outside a dialog submits nowhere: without JavaScript, Check cannot reload the page.
    <form className="quiz" id={checkAnchor('quiz', props.id)} data-quiz={props.id} method="dialog" onSubmit={submit} noValidate>
      <p className="quiz-kind">{props.kind}</p>
      <div className="quiz-prompt" id={promptId}>
        {props.prompt}
      </div>
      <fieldset className="quiz-answer" aria-labelledby={promptId}>
        {props.children}
      </fieldset>
      {props.status}
      <div className="quiz-actions">{props.actions}</div>
      {props.footer}
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {props.announcement}
      </div>
    </form>
  );
}
