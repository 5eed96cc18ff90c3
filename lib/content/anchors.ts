/**
 * The element id of a quiz, reflection or exercise on its lesson page, so that /progress can link
 * straight to it (`/learn/<slug>#<anchor>`). Quizzes and reflections share one namespace, as in
 * saved progress; an exercise's anchor is its title heading (components/cell/Exercise.tsx).
 */
export function checkAnchor(kind: 'quiz' | 'reflect' | 'exercise', id: string): string {
  return kind === 'exercise' ? `exercise-${id}-title` : `quiz-${id}`;
}
