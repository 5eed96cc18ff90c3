import { beforeEach, describe, expect, it } from 'vitest';
import { clearSolutionLoaded, getExercise, recordExerciseAttempt, recordHintsShown, recordSolutionLoaded } from './exercises';
import { getProgress, updateProgress } from './store';
import { emptyProgress } from './shape';

const stamp = /^\d{4}-\d\d-\d\dT/;

describe('recordExerciseAttempt', () => {
  beforeEach(() => updateProgress(() => emptyProgress()));

  it('counts attempts and stamps the first pass, which a later failure keeps', () => {
    recordExerciseAttempt('ch', 'ex', false);
    expect(getExercise('ch', 'ex')).toEqual({ attempts: 1 });
    recordExerciseAttempt('ch', 'ex', true);
    const passedAt = getExercise('ch', 'ex')?.passedAt;
    expect(passedAt).toMatch(stamp);
    recordExerciseAttempt('ch', 'ex', false);
    expect(getExercise('ch', 'ex')).toEqual({ attempts: 3, passedAt });
  });

  it('keys exercises by chapter', () => {
    recordExerciseAttempt('a', 'ex', true);
    expect(getExercise('b', 'ex')).toBeUndefined();
  });
});

describe('solved with the solution shown', () => {
  beforeEach(() => updateProgress(() => emptyProgress()));

  it('a Check that passes with the solution loaded is recorded as solved with the solution shown, not as passed', () => {
    recordSolutionLoaded('ch', 'ex');
    recordExerciseAttempt('ch', 'ex', true);
    const e = getExercise('ch', 'ex');
    expect(e?.passedAt).toBeUndefined();
    expect(e?.solvedWithSolutionAt).toMatch(stamp);
    expect(e?.attempts).toBe(1);
  });

  it('stays so until Reset clears the loaded solution; then the learner’s own pass counts', () => {
    recordSolutionLoaded('ch', 'ex');
    // The learner edits the loaded solution (the editor's code is not looked at): still shown.
    recordExerciseAttempt('ch', 'ex', true);
    recordExerciseAttempt('ch', 'ex', true);
    expect(getExercise('ch', 'ex')?.passedAt).toBeUndefined();
    clearSolutionLoaded('ch', 'ex');
    expect(getExercise('ch', 'ex')?.solutionLoadedAt).toBeUndefined();
    recordExerciseAttempt('ch', 'ex', true);
    const e = getExercise('ch', 'ex');
    expect(e?.passedAt).toMatch(stamp);
    expect(e?.solvedWithSolutionAt).toMatch(stamp);
    expect(e?.attempts).toBe(3);
  });

  it('a failing Check with the solution loaded stamps nothing', () => {
    recordSolutionLoaded('ch', 'ex');
    recordExerciseAttempt('ch', 'ex', false);
    expect(getExercise('ch', 'ex')).toEqual({ attempts: 1, solutionLoadedAt: expect.stringMatching(stamp) });
  });

  it('loading the solution after passing keeps the pass', () => {
    recordExerciseAttempt('ch', 'ex', true);
    recordSolutionLoaded('ch', 'ex');
    recordExerciseAttempt('ch', 'ex', true);
    expect(getExercise('ch', 'ex')?.passedAt).toMatch(stamp);
  });

  it('clearing when nothing was loaded creates no record', () => {
    clearSolutionLoaded('ch', 'ex');
    expect(getProgress().exercises).toEqual({});
  });
});

describe('recordHintsShown', () => {
  beforeEach(() => updateProgress(() => emptyProgress()));

  it('keeps the number of hints revealed, which only grows', () => {
    recordHintsShown('ch', 'ex', 1);
    expect(getExercise('ch', 'ex')).toEqual({ attempts: 0, hintsShown: 1 });
    recordHintsShown('ch', 'ex', 2);
    recordHintsShown('ch', 'ex', 1);
    expect(getExercise('ch', 'ex')?.hintsShown).toBe(2);
  });
});
