/**
 * Grading of multiple-choice questions. Choices are identified by their position in the quiz;
 * `correct` lists the positions the author marked `correct`.
 */

/** What one choice says after a check, from the learner's point of view. */
export type ChoiceVerdict =
  | 'right' // selected, and correct
  | 'wrong' // selected, but not correct
  | 'missed' // correct, but not selected
  | 'unselected'; // neither selected nor correct

export type ChoiceGrade =
  { ok: true; correct: boolean; verdicts: ChoiceVerdict[]; hits: number; mistakes: number; missed: number } | { ok: false; error: string };

import { choiceMode, type ChoiceMode } from './display';

export { choiceMode, type ChoiceMode };

function checkIndices(indices: readonly number[], count: number, what: string): string | null {
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i >= count) return `${what} ${i} is not one of the ${count} choices (0–${count - 1})`;
  }
  if (new Set(indices).size !== indices.length) return `${what} lists a choice twice: [${indices.join(', ')}]`;
  return null;
}

/**
 * Grades a selection. A multiple-answer question is right only when exactly the correct set is
 * selected; the counts say how far off a partial selection is.
 */
export function gradeChoices(selected: readonly number[], correct: readonly number[], count: number): ChoiceGrade {
  if (!Number.isInteger(count) || count < 1) return { ok: false, error: `a quiz needs at least one choice, got ${count}` };
  if (correct.length === 0) return { ok: false, error: 'the quiz marks no choice as correct' };
  const badKey = checkIndices(correct, count, 'correct choice');
  if (badKey) return { ok: false, error: badKey };
  const badSelection = checkIndices(selected, count, 'selected choice');
  if (badSelection) return { ok: false, error: badSelection };
  const mode = choiceMode(correct);
  if (selected.length === 0)
    return { ok: false, error: mode === 'single' ? 'Choose an answer first.' : 'Select at least one answer first.' };
  if (mode === 'single' && selected.length > 1) return { ok: false, error: 'Choose only one answer.' };

  const chosen = new Set(selected);
  const right = new Set(correct);
  const verdicts = Array.from({ length: count }, (_, i): ChoiceVerdict => {
    if (chosen.has(i)) return right.has(i) ? 'right' : 'wrong';
    return right.has(i) ? 'missed' : 'unselected';
  });
  const hits = verdicts.filter((v) => v === 'right').length;
  const mistakes = verdicts.filter((v) => v === 'wrong').length;
  const missed = verdicts.filter((v) => v === 'missed').length;
  return { ok: true, correct: mistakes === 0 && missed === 0, verdicts, hits, mistakes, missed };
}

/** One line that sums up a graded attempt, for the screen-reader announcement and the status line. */
export function summarizeChoices(grade: Extract<ChoiceGrade, { ok: true }>, mode: ChoiceMode): string {
  if (grade.correct) return 'Correct!';
  if (mode === 'single') return 'Not quite. Read why below, then try again.';
  const parts: string[] = [];
  const total = grade.hits + grade.missed;
  parts.push(`${grade.hits} of ${total} correct ${total === 1 ? 'answer' : 'answers'} selected`);
  if (grade.mistakes > 0) parts.push(`${grade.mistakes} wrong ${grade.mistakes === 1 ? 'choice' : 'choices'} selected`);
  return `Not quite: ${parts.join(', ')}.`;
}
