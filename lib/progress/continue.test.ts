import { describe, expect, it } from 'vitest';
import { continueChapter } from './continue';
import type { Progress } from './schema';
import { emptyProgress } from './shape';

const at = '2026-01-01T00:00:00.000Z';
const withQuiz = (id: string) => ({ quizzes: [id], reflects: [], exercises: [], cells: [] });
const course = [
  { slug: 'one', inventory: withQuiz('q') },
  { slug: 'two', inventory: withQuiz('q') },
  { slug: 'three', inventory: withQuiz('q') },
];

/** A record where `last` was opened last, the chapters in `visited` were opened and those in `solved` have their quiz right. */
function progress(last: string | null, visited: string[], solved: string[] = []): Progress {
  const p = emptyProgress();
  if (last) p.lastVisited = { slug: last, at };
  for (const slug of visited) p.chapters[slug] = { visitedAt: at };
  for (const slug of solved) p.quizzes[`${slug}/q`] = { answer: [0], attempts: 1, correct: true, updatedAt: at };
  return p;
}

describe('continueChapter', () => {
  it('leads nowhere before a lesson was opened', () => {
    expect(continueChapter(emptyProgress(), course)).toBeNull();
  });

  it('leads back to the chapter the learner is in the middle of', () => {
    expect(continueChapter(progress('one', ['one']), course)).toBe('one');
    expect(continueChapter(progress('two', ['one', 'two'], ['one']), course)).toBe('two');
  });

  it('leads to the next chapter once the one last opened is finished', () => {
    expect(continueChapter(progress('one', ['one'], ['one']), course)).toBe('two');
  });

  it('skips chapters already finished, after the last one opened first, then from the start', () => {
    expect(continueChapter(progress('one', ['one', 'two'], ['one', 'two']), course)).toBe('three');
    expect(continueChapter(progress('three', ['two', 'three'], ['two', 'three']), course)).toBe('one');
  });

  it('counts a chapter completed once as finished, even if a quiz was added since', () => {
    const p = progress('one', ['one']);
    p.chapters.one = { visitedAt: at, completedAt: at };
    expect(continueChapter(p, course)).toBe('two');
  });

  it('counts a chapter without checks as finished once opened', () => {
    const reading = [{ slug: 'read', inventory: { quizzes: [], reflects: [], exercises: [], cells: ['c'] } }, ...course];
    expect(continueChapter(progress('read', ['read']), reading)).toBe('one');
  });

  it('stays on the last chapter opened when every chapter is finished', () => {
    const all = ['one', 'two', 'three'];
    expect(continueChapter(progress('two', all, all), course)).toBe('two');
  });

  it('starts from the first unfinished chapter when the last one opened left the course', () => {
    expect(continueChapter(progress('gone', ['gone', 'one'], ['one']), course)).toBe('two');
    const all = ['one', 'two', 'three'];
    expect(continueChapter(progress('gone', all, all), course)).toBeNull();
  });
});
