import { keyOf } from './shape';
import type { Progress } from './schema';
import { getProgress, updateProgress } from './store';

type ExerciseProgress = Progress['exercises'][string];

const now = () => new Date().toISOString();

export function getExercise(chapter: string, id: string): ExerciseProgress | undefined {
  return getProgress().exercises[keyOf(chapter, id)];
}

/** Applies `change` to the exercise's record; a change that returns its input leaves the record (or its absence) as it was. */
function updateExercise(chapter: string, id: string, change: (e: ExerciseProgress) => ExerciseProgress): void {
  const key = keyOf(chapter, id);
  updateProgress((p) => {
    const before = p.exercises[key] ?? { attempts: 0 };
    const after = change(before);
    return after === before ? p : { ...p, exercises: { ...p.exercises, [key]: after } };
  });
}

/**
 * Counts a Check. A passing one stamps `passedAt` the first time, or, while the solution is
 * loaded in the editor (`solutionLoadedAt`), `solvedWithSolutionAt` instead: that is not a pass.
 * Later failures never remove either stamp.
 */
export function recordExerciseAttempt(chapter: string, id: string, passed: boolean): void {
  updateExercise(chapter, id, (before) => {
    const after: ExerciseProgress = { ...before, attempts: before.attempts + 1 };
    if (passed && before.solutionLoadedAt) after.solvedWithSolutionAt ??= now();
    else if (passed) after.passedAt ??= now();
    return after;
  });
}

/** Hints are revealed in order and stay revealed: the count only grows. */
export function recordHintsShown(chapter: string, id: string, shown: number): void {
  updateExercise(chapter, id, (before) => (shown > (before.hintsShown ?? 0) ? { ...before, hintsShown: shown } : before));
}

/** The learner loaded the solution into the editor: Checks count as solved with the solution shown until Reset. */
export function recordSolutionLoaded(chapter: string, id: string): void {
  updateExercise(chapter, id, (before) => (before.solutionLoadedAt ? before : { ...before, solutionLoadedAt: now() }));
}

/** The editor is back to the author's starter (Reset): the next attempt is the learner's own again. */
export function clearSolutionLoaded(chapter: string, id: string): void {
  updateExercise(chapter, id, (before) => {
    if (!before.solutionLoadedAt) return before;
    const { solutionLoadedAt: _dropped, ...rest } = before;
    return rest;
  });
}
