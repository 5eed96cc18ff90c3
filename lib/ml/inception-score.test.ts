import { describe, expect, test } from 'vitest';
import { inceptionScore, marginalLabels } from './inception-score';
import { createRng } from './random';

const oneHot = (k: number, c: number) => Array.from({ length: k }, (_, i) => (i === c ? 1 : 0));
const entropy = (p: number[]) => -p.reduce((s, x) => (x > 0 ? s + x * Math.log(x) : s), 0);

describe('inceptionScore', () => {
  test('confident rows using all K classes equally score K', () => {
    for (const k of [2, 3, 10]) {
      const rows = Array.from({ length: 5 * k }, (_, i) => oneHot(k, i % k));
      expect(inceptionScore(rows)).toBeCloseTo(k, 12);
    }
  });

  test('identical rows score 1, however confident', () => {
    expect(inceptionScore(Array.from({ length: 7 }, () => oneHot(10, 3)))).toBeCloseTo(1, 12);
    expect(inceptionScore(Array.from({ length: 7 }, () => [0.2, 0.5, 0.3]))).toBeCloseTo(1, 12);
  });

  test('confident rows with label frequencies π score exp(H(π))', () => {
    const rows = [oneHot(3, 0), oneHot(3, 0), oneHot(3, 1), oneHot(3, 2)];
    expect(inceptionScore(rows)).toBeCloseTo(Math.exp(entropy([0.5, 0.25, 0.25])), 12);
    expect(inceptionScore(rows)).toBeCloseTo(2 ** 1.5, 12);
  });

  test('unsure rows lose exactly their mean entropy: IS = exp(H(p(y)) − E H(p(y|x)))', () => {
    const a = 0.8;
    const rows = [
      [a, 1 - a],
      [1 - a, a],
    ];
    expect(inceptionScore(rows)).toBeCloseTo(Math.exp(Math.LN2 - entropy([a, 1 - a])), 12);
  });

  test('random probability rows stay within 1 ≤ IS ≤ K', () => {
    const r = createRng(4);
    for (let t = 0; t < 20; t++) {
      const rows = Array.from({ length: 30 }, () => {
        const w = Array.from({ length: 10 }, () => r.next() ** 4);
        const s = w.reduce((x, y) => x + y, 0);
        return w.map((x) => x / s);
      });
      const is = inceptionScore(rows);
      expect(is).toBeGreaterThanOrEqual(1 - 1e-12);
      expect(is).toBeLessThanOrEqual(10);
    }
  });

  test('marginal is the mean row', () => {
    expect(
      marginalLabels([
        [1, 0],
        [0.5, 0.5],
      ]),
    ).toEqual([0.75, 0.25]);
  });

  test('bad rows throw with the row and the value', () => {
    expect(() => inceptionScore([])).toThrow(/non-empty/);
    expect(() => inceptionScore([[0.5, 0.5], [1]])).toThrow('inceptionScore: row 1 has 1 classes, expected 2');
    expect(() => inceptionScore([[0.5, 0.6]])).toThrow('inceptionScore: row 0 sums to 1.1, expected 1');
    expect(() => inceptionScore([[1.5, -0.5]])).toThrow(/row 0 has a probability -0.5/);
  });
});
