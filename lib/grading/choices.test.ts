import { describe, expect, it } from 'vitest';
import { choiceMode, gradeChoices, summarizeChoices } from './choices';

describe('gradeChoices: single answer', () => {
  it('is right only for the one correct choice', () => {
    expect(gradeChoices([1], [1], 3)).toEqual({
      ok: true,
      correct: true,
      verdicts: ['unselected', 'right', 'unselected'],
      hits: 1,
      mistakes: 0,
      missed: 0,
    });
    expect(gradeChoices([0], [1], 3)).toEqual({
      ok: true,
      correct: false,
      verdicts: ['wrong', 'missed', 'unselected'],
      hits: 0,
      mistakes: 1,
      missed: 1,
    });
  });

  it('asks for an answer when nothing is selected, and for one answer when two are', () => {
    expect(gradeChoices([], [1], 3)).toEqual({ ok: false, error: 'Choose an answer first.' });
    expect(gradeChoices([0, 1], [1], 3)).toEqual({ ok: false, error: 'Choose only one answer.' });
  });
});

describe('gradeChoices: select all that apply', () => {
  const key = [0, 2, 3];

  it('is right only for exactly the correct set, in any order', () => {
    const g = gradeChoices([3, 0, 2], key, 5);
    expect(g.ok && g.correct).toBe(true);
  });

  it('counts hits, missed and wrong choices of a partial selection', () => {
    const subset = gradeChoices([0, 2], key, 5);
    expect(subset).toMatchObject({ ok: true, correct: false, hits: 2, missed: 1, mistakes: 0 });
    expect(subset.ok && subset.verdicts).toEqual(['right', 'unselected', 'right', 'missed', 'unselected']);

    const superset = gradeChoices([0, 1, 2, 3], key, 5);
    expect(superset).toMatchObject({ ok: true, correct: false, hits: 3, missed: 0, mistakes: 1 });

    const everything = gradeChoices([0, 1, 2, 3, 4], key, 5);
    expect(everything).toMatchObject({ ok: true, correct: false, hits: 3, missed: 0, mistakes: 2 });
  });

  it('says how far off a partial selection is', () => {
    const g = gradeChoices([0, 1], key, 5);
    if (!g.ok) throw new Error(g.error);
    expect(summarizeChoices(g, choiceMode(key))).toBe('Not quite: 1 of 3 correct answers selected, 1 wrong choice selected.');
  });

  it('treats two correct choices as multiple answer and one as single', () => {
    expect(choiceMode([4])).toBe('single');
    expect(choiceMode([0, 4])).toBe('multiple');
  });
});

describe('gradeChoices: malformed input', () => {
  it('rejects selections outside the quiz, duplicates and non-integers', () => {
    expect(gradeChoices([5], [0], 3)).toEqual({ ok: false, error: 'selected choice 5 is not one of the 3 choices (0–2)' });
    expect(gradeChoices([-1], [0], 3).ok).toBe(false);
    expect(gradeChoices([0.5], [0], 3).ok).toBe(false);
    expect(gradeChoices([0, 0], [0, 1], 3)).toEqual({ ok: false, error: 'selected choice lists a choice twice: [0, 0]' });
  });

  it('rejects a key with no correct choice or pointing past the choices', () => {
    expect(gradeChoices([0], [], 3)).toEqual({ ok: false, error: 'the quiz marks no choice as correct' });
    expect(gradeChoices([0], [3], 3).ok).toBe(false);
    expect(gradeChoices([0], [0], 0).ok).toBe(false);
  });
});
