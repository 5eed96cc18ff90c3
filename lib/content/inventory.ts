/** The ids of everything a learner can do in a chapter, collected at build time from its MDX. */
export interface ChapterInventory {
  quizzes: string[];
  reflects: string[];
  exercises: string[];
  cells: string[];
}

export function emptyInventory(): ChapterInventory {
  return { quizzes: [], reflects: [], exercises: [], cells: [] };
}
