import { describe, expect, test } from 'vitest';
import { inceptionScore } from '@/lib/ml/inception-score';
import { toyInceptionScore, toyMarginal, toyRow } from './inception-toy';

const matrix = (toy: { classes: number; used: number; confidence: number }, rounds = 3) =>
  Array.from({ length: toy.used * rounds }, (_, i) => toyRow(toy, i));

describe('the toy classifier’s Inception Score', () => {
  test('the closed form agrees with lib/ml’s inceptionScore on the matrix itself', () => {
    for (const toy of [
      { classes: 10, used: 10, confidence: 1 },
      { classes: 10, used: 4, confidence: 0.7 },
      { classes: 10, used: 1, confidence: 0.95 },
      { classes: 3, used: 2, confidence: 0.5 },
    ]) {
      expect(toyInceptionScore(toy)).toBeCloseTo(inceptionScore(matrix(toy)), 12);
      const m = toyMarginal(toy);
      expect(m.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  test('numbers the chapter states: 10 for sure rows over all 10 classes, 5 over half of them, 1 for one class', () => {
    expect(toyInceptionScore({ classes: 10, used: 10, confidence: 1 })).toBeCloseTo(10, 12);
    expect(toyInceptionScore({ classes: 10, used: 5, confidence: 1 })).toBeCloseTo(5, 12);
    expect(toyInceptionScore({ classes: 10, used: 1, confidence: 1 })).toBeCloseTo(1, 12);
  });

  test('unsure rows: all 10 classes at confidence 0.5 score 10/√(2·18) = 1.67', () => {
    // H(row) = ½ log 2 + ½ log 18 = log √36, so IS = 10 / 6.
    expect(toyInceptionScore({ classes: 10, used: 10, confidence: 0.5 })).toBeCloseTo(10 / 6, 12);
    expect((10 / 6).toFixed(2)).toBe('1.67');
  });

  test('rows at chance (confidence 1/K) score 1 whatever the number of classes used', () => {
    for (const used of [1, 3, 10]) expect(toyInceptionScore({ classes: 10, used, confidence: 0.1 })).toBeCloseTo(1, 12);
  });

  test('bad settings throw with the value', () => {
    expect(() => toyRow({ classes: 10, used: 11, confidence: 1 }, 0)).toThrow('toy classifier: used must be an integer in [1, 10], got 11');
    expect(() => toyRow({ classes: 10, used: 2, confidence: 0.05 }, 0)).toThrow(/confidence must be in \[1\/10, 1\], got 0.05/);
  });
});
