/** The bilinear game min_x max_y x·y: the smallest example of GAN training dynamics. */

export interface BilinearOptions {
  x0?: number;
  y0?: number;
  lr?: number;
  steps?: number;
  /** 'simultaneous': both players use the old point; 'alternating': y sees the new x. */
  mode?: 'simultaneous' | 'alternating';
}

/**
 * Gradient descent on x and ascent on y for f(x, y) = x·y. Simultaneous steps spiral
 * outwards (‖(x, y)‖ grows by √(1+η²) per step); alternating steps stay on a bounded orbit.
 * Returns the trajectory including the start point (steps + 1 entries).
 */
export function bilinearGame(opts: BilinearOptions = {}): { x: number[]; y: number[] } {
  const { x0 = 1, y0 = 1, lr = 0.1, steps = 100, mode = 'simultaneous' } = opts;
  if (!(lr > 0)) throw new Error(`bilinearGame: lr must be > 0, got ${lr}`);
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`bilinearGame: steps must be an integer >= 0, got ${steps}`);
  if (mode !== 'simultaneous' && mode !== 'alternating') {
    throw new Error(`bilinearGame: mode must be 'simultaneous' or 'alternating', got ${String(mode)}`);
  }
  const xs = [x0];
  const ys = [y0];
  let x = x0;
  let y = y0;
  for (let t = 0; t < steps; t++) {
    const nx = x - lr * y;
    y = y + lr * (mode === 'simultaneous' ? x : nx);
    x = nx;
    xs.push(x);
    ys.push(y);
  }
  return { x: xs, y: ys };
}
