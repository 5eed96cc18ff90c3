import { describe, expect, it } from 'vitest';
import { initialQuizState, quizReducer, quizView, SHOW_ANSWER_AFTER, type QuizEvent, type QuizState } from './quiz-state';

type G = { correct: boolean };
const run = (...events: QuizEvent<G>[]): QuizState<G> => events.reduce(quizReducer, initialQuizState<G>());
const wrong: QuizEvent<G> = { type: 'graded', graded: { correct: false } };
const right: QuizEvent<G> = { type: 'graded', graded: { correct: true } };

describe('a quiz', () => {
  it('starts open: Check only, nothing explained', () => {
    expect(quizView(run())).toEqual({
      locked: false,
      showAll: false,
      tone: 'idle',
      canCheck: true,
      canRetry: false,
      canAnswerAgain: false,
      canShowAnswer: false,
    });
  });

  it('counts a graded answer as an attempt, but not an unreadable one', () => {
    const s = run({ type: 'invalid', error: 'Type a number.' });
    expect(s.attempts).toBe(0);
    expect(quizView(s)).toMatchObject({ tone: 'bad', canCheck: true, locked: false });
    expect(run({ type: 'invalid', error: 'x' }, { type: 'edit' }).error).toBe('');
    expect(run(wrong).attempts).toBe(1);
  });

  it('after a wrong answer offers Try again, and Show answer only from the second attempt on', () => {
    expect(quizView(run(wrong))).toMatchObject({ locked: true, tone: 'bad', canRetry: true, canShowAnswer: false, showAll: false });
    const twice = run(wrong, { type: 'retry' }, wrong);
    expect(twice.attempts).toBe(SHOW_ANSWER_AFTER);
    expect(quizView(twice)).toMatchObject({ canRetry: true, canShowAnswer: true });
  });

  it('after a right answer explains everything and offers Answer again, not Try again', () => {
    expect(quizView(run(right))).toMatchObject({
      locked: true,
      tone: 'ok',
      showAll: true,
      canRetry: false,
      canAnswerAgain: true,
      canShowAnswer: false,
    });
  });

  it('shows the answer without counting it as passed, and Try again reopens it', () => {
    const shown = run(wrong, { type: 'retry' }, wrong, { type: 'reveal' });
    expect(shown.graded).toBeNull();
    expect(quizView(shown)).toMatchObject({
      locked: true,
      showAll: true,
      tone: 'revealed',
      canRetry: true,
      canAnswerAgain: false,
      canShowAnswer: false,
    });
    const reopened = quizReducer(shown, { type: 'retry' });
    expect(quizView(reopened)).toMatchObject({ locked: false, canCheck: true, canShowAnswer: true });
    expect(reopened.attempts).toBe(2);
  });

  it('restores a saved state as it was', () => {
    const s = run({ type: 'restore', attempts: 3, revealed: true, graded: null });
    expect(s).toEqual({ graded: null, attempts: 3, revealed: true, error: '' });
  });
});
