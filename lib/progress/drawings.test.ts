import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser, openPage, type FakeBrowser } from './test-browser';
import { PROGRESS_VERSION } from './version';
import { MAX_DRAWN_POINTS } from '@/lib/drawing/limits';

const KEY = 'minimax:progress';
let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
});

describe('drawn data sets in saved progress', () => {
  it('are saved per chapter and id, survive a reload, and reach only their own chapter', async () => {
    const s = await openPage(browser);
    s.saveDrawing('minimax-game', 'your-data', [
      [0.1, 0.2],
      [0.3, 0.4],
    ]);
    s.saveDrawing('kl-and-jsd', 'other', [[0.5, 0.5]]);
    const again = await openPage(browser);
    expect(again.drawingsOf('minimax-game')['your-data']).toEqual([
      [0.1, 0.2],
      [0.3, 0.4],
    ]);
    expect(again.drawingsOf('minimax-game')).toEqual({
      'your-data': [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
    });
    expect(again.drawingsOf('minimax-game').missing).toBeUndefined();
  });

  it('keep at most MAX_DRAWN_POINTS points', async () => {
    const s = await openPage(browser);
    s.saveDrawing(
      'c',
      'd',
      Array.from({ length: MAX_DRAWN_POINTS + 50 }, (_, i): [number, number] => [i / 1e4, 0.5]),
    );
    expect(s.drawingsOf('c').d).toHaveLength(MAX_DRAWN_POINTS);
  });

  it('set aside a malformed drawing on load and keep every other entry', async () => {
    const quiz = { answer: [0], attempts: 1, correct: true, updatedAt: '2026-01-01T00:00:00.000Z' };
    const good = { points: [[0.2, 0.8]], updatedAt: '2026-01-01T00:00:00.000Z' };
    const bad = { points: [[0.2, 0.8, 0.1]], updatedAt: '2026-01-01T00:00:00.000Z' };
    browser.data.set(
      KEY,
      JSON.stringify({
        version: PROGRESS_VERSION,
        chapters: {},
        quizzes: { 'c/q': quiz },
        exercises: {},
        cells: {},
        drawings: { 'c/good': good, 'c/bad': bad },
      }),
    );
    const s = await openPage(browser);
    expect(s.drawingsOf('c')).toEqual({ good: [[0.2, 0.8]] });
    expect(s.getQuiz('c', 'q')?.correct).toBe(true);
    expect(browser.backups()).toHaveLength(1);
  });
});
