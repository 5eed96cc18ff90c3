import { keyOf } from './shape';
import type { Progress } from './schema';
import { getProgress, updateProgress } from './store';

type ExerciseProgress = Progress['exercises'][string];

export function getExercise(chapter: string, id: string): ExerciseProgress | undefined {
  return getProgress().exercises[keyOf(chapter, id)];
}

/** Counts a Check; the first passing one stamps `passedAt`, which later failures never remove. */
export function recordExerciseAttempt(chapter: string, id: string, passed: boolean): void {
  const key = keyOf(chapter, id);
  updateProgress((p) => {
    const before = p.exercises[key] ?? { attempts: 0 };
    const passedAt = before.passedAt ?? (passed ? new Date().toISOString() : undefined);
    return { ...p, exercises: { ...p.exercises, [key]: { ...before, attempts: before.attempts + 1, ...(passedAt ? { passedAt } : {}) } } };
  });
}
