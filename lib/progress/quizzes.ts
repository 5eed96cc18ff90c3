import { keyOf } from './shape';
import type { QuizProgress, ReflectMark } from './schema';
import { getProgress, updateProgress } from './store';

const now = () => new Date().toISOString();

export function getQuiz(chapter: string, quizId: string): QuizProgress | undefined {
  return getProgress().quizzes[keyOf(chapter, quizId)];
}

function updateQuiz(chapter: string, quizId: string, change: (q: QuizProgress | undefined) => QuizProgress) {
  const key = keyOf(chapter, quizId);
  updateProgress((p) => ({ ...p, quizzes: { ...p.quizzes, [key]: change(p.quizzes[key]) } }));
}

/** One graded attempt. Once a quiz has been answered correctly it stays passed. */
export function recordQuizAttempt(chapter: string, quizId: string, answer: QuizProgress['answer'], correct: boolean): void {
  updateQuiz(chapter, quizId, (q) => ({
    ...q,
    answer,
    attempts: (q?.attempts ?? 0) + 1,
    correct: correct || (q?.correct ?? false),
    updatedAt: now(),
  }));
}

export function recordQuizRevealed(chapter: string, quizId: string): void {
  updateQuiz(chapter, quizId, (q) => ({ answer: [], attempts: 0, correct: false, ...q, revealed: true, updatedAt: now() }));
}

/** A reflection: the learner's text, saved when they ask for the model answer. */
export function saveReflection(chapter: string, reflectId: string, text: string): void {
  updateQuiz(chapter, reflectId, (q) => ({
    correct: false,
    ...q,
    answer: text,
    attempts: (q?.attempts ?? 0) + 1,
    revealed: true,
    updatedAt: now(),
  }));
}

/** "Got it" counts as passed; "not yet" is remembered but leaves the reflection open. */
export function markReflection(chapter: string, reflectId: string, mark: ReflectMark): void {
  updateQuiz(chapter, reflectId, (q) => ({ answer: '', attempts: 0, ...q, mark, correct: mark === 'got-it', updatedAt: now() }));
}
