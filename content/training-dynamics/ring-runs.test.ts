import { describe, expect, it } from 'vitest';
import { ringCoverage } from './ring-runs.node';

// What the prose says about the ring-mode-collapse cell's run, and about the same run with
// D_LR = 0.005. The prose describes the mechanism, not one draw, so it is checked on the cell's seed
// (5) and two others. Slow (six 1,500-iteration runs, about 2 minutes on 2 idle cores): these are
// the seeded outcomes the lesson describes, so they are checked rather than assumed.
describe.each([5, 1, 2])('the ring-mode-collapse cell, seed %i', (seed) => {
  it('with the cell’s D_LR, coverage rises and falls and never climbs to 8', async () => {
    const covered = (await ringCoverage(seed, 0.0005)).map((c) => c.covered);
    expect(Math.max(...covered)).toBeLessThan(8);
    expect(covered.some((c, i) => i > 0 && c < covered[i - 1])).toBe(true);
  }, 900_000);

  it('with D_LR = 0.005 the run ends on all eight modes with most samples of high quality', async () => {
    const last = (await ringCoverage(seed, 0.005)).at(-1)!;
    expect(last.covered).toBe(8);
    expect(last.highQuality).toBeGreaterThan(0.5);
  }, 900_000);
});
