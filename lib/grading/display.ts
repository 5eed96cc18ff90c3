/**
 * What a quiz shows before anything is graded: whether it takes one answer or several, and how
 * a numeric target reads. Apart from the grading itself, which pages load on first use.
 */

export type ChoiceMode = 'single' | 'multiple';

export function choiceMode(correct: readonly number[]): ChoiceMode {
  return correct.length === 1 ? 'single' : 'multiple';
}

/** How an answer and its tolerance are shown to the learner: "0.693 ± 0.005 nats". */
export function formatTarget(answer: number, tolerance = 0, unit?: string): string {
  const base = tolerance > 0 ? `${answer} ± ${tolerance}` : `${answer}`;
  return unit ? `${base} ${unit}` : base;
}
