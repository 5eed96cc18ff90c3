import { beforeEach, describe, expect, it } from 'vitest';
import { getExercise, recordExerciseAttempt } from './exercises';
import { updateProgress } from './store';
import { emptyProgress } from './shape';

describe('recordExerciseAttempt', () => {
  beforeEach(() => updateProgress(() => emptyProgress()));

  it('counts attempts and stamps the first pass, which a later failure keeps', () => {
    recordExerciseAttempt('ch', 'ex', false);
    expect(getExercise('ch', 'ex')).toEqual({ attempts: 1 });
    recordExerciseAttempt('ch', 'ex', true);
    const passedAt = getExercise('ch', 'ex')?.passedAt;
    expect(passedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    recordExerciseAttempt('ch', 'ex', false);
    expect(getExercise('ch', 'ex')).toEqual({ attempts: 3, passedAt });
  });

  it('keys exercises by chapter', () => {
    recordExerciseAttempt('a', 'ex', true);
    expect(getExercise('b', 'ex')).toBeUndefined();
  });
});
