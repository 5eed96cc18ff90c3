import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellsUpTo } from '../../lib/content/cell-runner';

// The prose describes what the two training cells show, as a pattern rather than one draw, so each
// claim is checked on the cell's own seed and two others (about 2 minutes on 2 idle cores in all).
const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

// Appended to ring-conditional before it frees its fixed noise: where G(z, 3) puts its samples.
const probeLabel3 = `
{ const s = tf.tidy(() => generate(evalZ, evalY)); const p = await s.data(); s.dispose();
  let radius = 0, nearest = 0, n = 0;
  for (let i = 3; i < 400; i += K, n++) {
    radius += Math.hypot(p[2 * i], p[2 * i + 1]);
    nearest += Math.min(...layout.centres.map(([cx, cy]) => Math.hypot(p[2 * i] - cx, p[2 * i + 1] - cy)));
  }
  print(JSON.stringify({ radius: radius / n, nearest: nearest / n, ringRadius: Math.hypot(...layout.centres[0]) })); }
`;

describe.each([4, 1, 2])('the ring-conditional cell, seed %i', (seed) => {
  it('label match starts near 0 (one blob for every label) and ends with nearly every sample on its mode', async () => {
    const { metrics } = await runCellsUpTo(mdx, 'ring-conditional', { seed, only: true });
    const match = metrics.map((m) => m.labelMatch);
    expect(match[0]).toBeLessThan(0.1);
    expect(match.at(-1)).toBeGreaterThan(0.9);
  }, 120_000);

  it('with OFF = [3], G(z, 3) stays in a small cloud near the centre, far from every mode', async () => {
    const edit = (code: string) =>
      code
        .replace('const OFF = [];', 'const OFF = [3];')
        .replace('tf.dispose([evalY, evalZ]);', `${probeLabel3}tf.dispose([evalY, evalZ]);`);
    const { prints, metrics } = await runCellsUpTo(mdx, 'ring-conditional', { seed, only: true, edit });
    const where = JSON.parse(prints.at(-1)!) as { radius: number; nearest: number; ringRadius: number };
    expect(where.radius).toBeLessThan(where.ringRadius / 3);
    expect(where.nearest).toBeGreaterThan(where.ringRadius / 2);
    expect(metrics.at(-1)!.labelMatch).toBeGreaterThan(0.9);
  }, 120_000);
});

describe.each([8, 1, 2])('the projection-vs-concat cell, seed %i', (seed) => {
  it('both generators learn the labels; the concatenation one reaches 90% label match sooner', async () => {
    const { metrics } = await runCellsUpTo(mdx, 'projection-vs-concat', { seed });
    const runs = metrics.filter((m) => 'projection' in m);
    const firstAbove = (name: string) => {
      const i = runs.findIndex((m) => m[name] >= 0.9);
      return i < 0 ? Infinity : i;
    };
    expect(firstAbove('concatenation')).toBeLessThan(firstAbove('projection'));
    for (const name of ['concatenation', 'projection']) expect(runs.at(-1)![name]).toBeGreaterThan(runs[0][name] + 0.4);
  }, 300_000);
});
