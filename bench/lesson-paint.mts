/**
 * Issue 21's targets for each lesson, from one Lighthouse run and the export's HTML sizes. Absolute
 * times move with the machine, so blocking time and largest paint are ratios to the home page
 * measured in the same run.
 */
import type { LighthouseScores } from './lighthouse.mts';
import type { PageWeight } from './page-weight.mts';

export const LESSON_PAINT_TARGETS = { maxHtmlKB: 350, minPerformance: 98, maxTbtRatio: 1.5, maxLcpRatio: 1.3 };

export interface LessonPaint {
  lesson: string;
  htmlKB: number;
  performance: number;
  tbtMs: number;
  tbtRatio: number;
  lcpMs: number;
  lcpRatio: number;
  /** The targets this lesson misses; empty when it meets all four. */
  misses: string[];
}

export function lessonPaint(scores: LighthouseScores[], weights: PageWeight[]): LessonPaint[] {
  const home = scores.find((s) => s.url === '/');
  if (!home) throw new Error('bench: lesson paint needs the home page in the same Lighthouse run');
  const t = LESSON_PAINT_TARGETS;
  return scores
    .filter((s) => s.url.startsWith('/learn/'))
    .map((s) => {
      const weight = weights.find((w) => `/${w.page.replace(/\.html$/, '')}` === s.url);
      const htmlKB = weight ? +(weight.htmlBytes / 1024).toFixed(1) : NaN;
      // A home page with no blocking time at all would make every ratio infinite; 1 ms is the floor.
      const tbtRatio = +(s.tbtMs / Math.max(home.tbtMs, 1)).toFixed(2);
      const lcpRatio = +(s.lcpMs / home.lcpMs).toFixed(2);
      const misses = [
        !(htmlKB <= t.maxHtmlKB) && `HTML ${htmlKB} KB`,
        s.performance < t.minPerformance && `performance ${s.performance}`,
        tbtRatio > t.maxTbtRatio && `TBT ${tbtRatio}×`,
        lcpRatio > t.maxLcpRatio && `LCP ${lcpRatio}×`,
      ].filter((m): m is string => typeof m === 'string');
      return {
        lesson: s.url.slice('/learn/'.length),
        htmlKB,
        performance: s.performance,
        tbtMs: s.tbtMs,
        tbtRatio,
        lcpMs: s.lcpMs,
        lcpRatio,
        misses,
      };
    });
}
