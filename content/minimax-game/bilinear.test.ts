/** The claims the chapter makes about gradient play on min_x max_y xy, checked on lib/ml's bilinearGame. */
import { describe, expect, it } from 'vitest';
import { bilinearGame } from '@/lib/ml/games';

describe('gradient play on the bilinear game', () => {
  it('simultaneous steps grow the distance to the equilibrium by √(1 + η²) per step', () => {
    const lr = 0.2;
    const { x, y } = bilinearGame({ x0: 1, y0: 0.5, lr, steps: 60, mode: 'simultaneous' });
    const r0 = Math.hypot(1, 0.5);
    for (const t of [1, 10, 60]) expect(Math.hypot(x[t], y[t])).toBeCloseTo(r0 * (1 + lr * lr) ** (t / 2), 9);
  });

  it('alternating steps keep x² + y² − η·x·y constant, so they orbit without converging', () => {
    const lr = 0.2;
    const { x, y } = bilinearGame({ x0: 1, y0: 1, lr, steps: 500, mode: 'alternating' });
    const inv = (t: number) => x[t] ** 2 + y[t] ** 2 - lr * x[t] * y[t];
    for (const t of [1, 77, 500]) expect(inv(t)).toBeCloseTo(inv(0), 9);
    const radii = x.map((xi, t) => Math.hypot(xi, y[t]));
    expect(Math.min(...radii)).toBeGreaterThan(1);
    expect(Math.max(...radii)).toBeLessThan(1.6);
  });

  it('has its only equilibrium at the origin, which is a fixed point of both schemes', () => {
    for (const mode of ['simultaneous', 'alternating'] as const) {
      const { x, y } = bilinearGame({ x0: 0, y0: 0, lr: 0.3, steps: 20, mode });
      expect(Math.max(...x.map(Math.abs), ...y.map(Math.abs))).toBe(0);
    }
  });
});
