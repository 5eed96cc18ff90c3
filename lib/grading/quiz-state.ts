/**
 * The life of a quiz, shared by every kind (choices, a number, a reflection): the learner
 * answers; Check grades it (an answer that cannot be read is not an attempt); Try again starts
 * over; after SHOW_ANSWER_AFTER attempts the answer can be shown, which never counts as passing.
 * A reflection has no grade: its "reveal" opens the model answer once something is written.
 */

/** Attempts after which the learner may ask to see the answer. */
export const SHOW_ANSWER_AFTER = 2;

export interface Grade {
  correct: boolean;
}

export interface QuizState<G extends Grade> {
  graded: G | null;
  attempts: number;
  revealed: boolean;
  /** Why the last Check could not grade (an unreadable answer), shown until the learner edits. */
  error: string;
}

export type QuizEvent<G extends Grade> =
  | { type: 'restore'; attempts: number; revealed: boolean; graded: G | null }
  | { type: 'graded'; graded: G }
  | { type: 'invalid'; error: string }
  | { type: 'edit' }
  | { type: 'retry' }
  | { type: 'reveal' };

export function initialQuizState<G extends Grade>(): QuizState<G> {
  return { graded: null, attempts: 0, revealed: false, error: '' };
}

export function quizReducer<G extends Grade>(state: QuizState<G>, event: QuizEvent<G>): QuizState<G> {
  switch (event.type) {
    case 'restore':
      return { graded: event.graded, attempts: event.attempts, revealed: event.revealed, error: '' };
    case 'graded':
      return { ...state, graded: event.graded, attempts: state.attempts + 1, error: '' };
    case 'invalid':
      return { ...state, error: event.error };
    case 'edit':
      return state.error ? { ...state, error: '' } : state;
    case 'retry':
      return { ...state, graded: null, revealed: false, error: '' };
    case 'reveal':
      return { ...state, graded: null, revealed: true, error: '' };
  }
}

type QuizTone = 'idle' | 'ok' | 'bad' | 'revealed';

/** What the quiz shows in a state: which buttons, whether answers are locked, the status tone. */
export interface QuizView {
  /** The answer can no longer be changed (it was graded or the answer is shown). */
  locked: boolean;
  /** Every explanation is shown (right answer, or answer revealed). */
  showAll: boolean;
  tone: QuizTone;
  canCheck: boolean;
  canRetry: boolean;
  canAnswerAgain: boolean;
  canShowAnswer: boolean;
}

export function quizView<G extends Grade>(state: QuizState<G>): QuizView {
  const correct = state.graded?.correct === true;
  const locked = state.graded !== null || state.revealed;
  return {
    locked,
    showAll: state.revealed || correct,
    tone: state.revealed ? 'revealed' : state.graded ? (correct ? 'ok' : 'bad') : state.error ? 'bad' : 'idle',
    canCheck: !locked,
    canRetry: locked && !correct,
    canAnswerAgain: correct && !state.revealed,
    canShowAnswer: !state.revealed && !correct && state.attempts >= SHOW_ANSWER_AFTER,
  };
}
