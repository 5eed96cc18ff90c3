/**
 * The prose around the chapter's measurement cells describes their output. Those cells use only
 * `ml` (no tfjs), so they give the same numbers in Node as in the browser: run them here, exactly
 * as written in index.mdx, and check each claim the prose makes about them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as ml from '../../lib/ml';
import { mulberry32 } from '../../lib/ml/mulberry32';

const source = fs.readFileSync(path.join(__dirname, 'index.mdx'), 'utf8');
type Row = Record<string, number | string>;

/**
 * Runs one cell with stub outputs and returns what it passed to display(). `other` runs it with a
 * seed other than the author's: the prose states these outcomes as facts about the measures, not
 * about one draw, so each is checked on the author's seed and on two more.
 */
async function runCell(id: string, other?: number): Promise<Row[]> {
  const m = new RegExp('^```js cell id="' + id + '"[^\\n]*?seed=(\\d+)[^\\n]*\\n([\\s\\S]*?)^```', 'm').exec(source);
  if (!m) throw new Error(`no cell "${id}" with a seed in index.mdx`);
  const seed = other ?? Number(m[1]);
  ml.setSeed(seed);
  const random = Math.random;
  Math.random = mulberry32(seed);
  let shown: Row[] = [];
  const chart = { append() {}, set() {} };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  try {
    await new AsyncFunction('ml', 'plot', 'display', 'progress', 'print', m[2])(
      ml,
      () => chart,
      (v: Row[]) => {
        shown = v;
      },
      async () => {},
      () => {},
    );
  } finally {
    Math.random = random;
  }
  return shown;
}
const by = (rows: Row[], key: string, name: number | string) => {
  const row = rows.find((r) => r[key] === name);
  if (!row) throw new Error(`no row "${name}" in ${JSON.stringify(rows)}`);
  return row;
};

describe.each([undefined, 1, 2])('claims the evaluation chapter makes about its cells (seed: %s, undefined = the cell’s own)', (seed) => {
  test('Parzen windows prefer the generator that outputs only the 8 centres to a perfect sampler', async () => {
    const rows = await runCell('parzen-prefers-worse', seed);
    expect(by(rows, 'model', 'only the 8 centres')['test log-likelihood']).toBeGreaterThan(
      by(rows, 'model', 'perfect sampler')['test log-likelihood'] as number,
    );
  });

  test('Parzen in high dimension: close to the truth for d ≤ 5, below it from d = 10, the gap per dimension widening', async () => {
    const rows = await runCell('parzen-high-dimension', seed);
    const gap = (d: number) => by(rows, 'd', d).gapPerDim as number;
    for (const d of [1, 2, 5]) expect(gap(d)).toBeLessThan(0.05);
    expect(gap(10)).toBeGreaterThan(gap(5));
    expect(gap(20)).toBeGreaterThan(gap(10));
    expect(gap(50)).toBeGreaterThan(gap(20));
  });

  test('Inception Score: collapse and blur lower it; replaying the training set scores exactly as the real data', async () => {
    const rows = await runCell('inception-score-toys', seed);
    const is = (name: string) => by(rows, 'generator', name)['Inception Score'] as number;
    expect(is('replays the training set')).toBe(is('real data'));
    expect(is('collapsed onto 2 classes')).toBeLessThan(is('good generator'));
    expect(is('blurry (classifier unsure)')).toBeLessThan(is('good generator'));
    for (const r of rows) expect(r['Inception Score']).toBeLessThanOrEqual(10);
  });

  test('precision and recall: collapsed high/about 1/8, blurry low/high, Fréchet blind to the blur, replay as good as perfect', async () => {
    // "A few hundredths at most": the Fréchet distance of a sample of the ring itself, by chance.
    const noise = 0.05;
    const rows = await runCell('precision-recall-toys', seed);
    const g = (name: string) => by(rows, 'generator', name) as Record<string, number>;
    const perfect = g('perfect sampler');
    const collapsed = g('collapsed (1 mode of 8)');
    const blurry = g('blurry (ring + noise 0.3)');
    const replay = g('replays its training set');
    expect(collapsed.precision).toBeGreaterThan(0.85);
    expect(collapsed.recall).toBeGreaterThan(0.08);
    expect(collapsed.recall).toBeLessThan(0.17);
    expect(blurry.precision).toBeLessThan(0.3);
    expect(blurry.recall).toBeGreaterThan(0.9);
    expect(perfect['Fréchet distance']).toBeLessThan(noise);
    expect(blurry['Fréchet distance']).toBeLessThan(noise);
    expect(collapsed['Fréchet distance']).toBeGreaterThan(50 * noise);
    expect(Math.abs(replay.precision - perfect.precision)).toBeLessThan(0.05);
    expect(Math.abs(replay.recall - perfect.recall)).toBeLessThan(0.05);
    expect(replay['Fréchet distance']).toBeLessThan(noise);
  });

  test('memorisation: replayed samples sit far closer to training points than fresh data, with an equally small Fréchet distance', async () => {
    const rows = await runCell('memorisation-check', seed);
    const fresh = by(rows, 'set', 'fresh real data (reference)') as Record<string, number>;
    const perfect = by(rows, 'set', 'perfect sampler') as Record<string, number>;
    const replay = by(rows, 'set', 'replays training points (+0.0001 jitter)') as Record<string, number>;
    expect(replay['median distance']).toBeLessThan(fresh['median distance'] / 10);
    expect(perfect['median distance']).toBeGreaterThan(fresh['median distance'] / 2);
    // "As close to 0 as the perfect sampler's": both within the noise of two real samples.
    for (const set of [replay, perfect, fresh]) expect(set['Fréchet distance to held-out data']).toBeLessThan(0.005);
  });
});
