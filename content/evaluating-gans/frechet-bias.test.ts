import { expect, test } from 'vitest';
import { frechetDistance } from '@/lib/ml/measures';
import { createRng, normalArray } from '@/lib/ml/random';
import { realVsRealFrechet } from './frechet-bias';

test('2-D real vs real: 7/n, so 0.035 at n = 200 and 0.0035 at n = 2000', () => {
  expect(realVsRealFrechet(2, 200)).toBeCloseTo(0.035, 15);
  expect(realVsRealFrechet(2, 2000)).toBeCloseTo(0.0035, 15);
});

test('matches the average Fréchet distance between two real samples, at several sample sizes', () => {
  const r = createRng(31);
  for (const n of [50, 200, 1000]) {
    let mean = 0;
    const repeats = 300;
    for (let t = 0; t < repeats; t++) mean += frechetDistance(normalArray(2 * n, 0, 1, r), normalArray(2 * n, 0, 1, r), 2) / repeats;
    expect(mean / realVsRealFrechet(2, n)).toBeGreaterThan(0.85);
    expect(mean / realVsRealFrechet(2, n)).toBeLessThan(1.2);
  }
});

test('rejects nonsense sizes', () => {
  expect(() => realVsRealFrechet(0, 10)).toThrow('realVsRealFrechet: need d ≥ 1 and n ≥ 2, got d = 0, n = 10');
});
