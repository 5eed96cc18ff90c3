import type { ProseNumber } from '../../lib/content/prose-numbers';
import { MODES, optimalLogit, projectionEmbedding } from './conditional-d';

const shift = 0.6;
const xs = [-3, -1.5, 0, 0.7, 2.4];
/** Largest gap between label y's optimal logit and the projection embed(y)ᵀ(x, 1) at `shift`, no swap. */
const projectionGap = () =>
  Math.max(
    ...MODES.flatMap((_, y) => {
      const [a, b] = projectionEmbedding(y, shift);
      return xs.map((x) => Math.abs(optimalLogit(x, y, { swap: 0, shift }) - (a * x + b)));
    }),
  );

export const proseNumbers: ProseNumber[] = [
  // The suggested slider setting is a given; the claim about it (the logit is exactly the projection
  // form) is checked here and in conditional-d.test.ts: the value is the shift plus that gap, ~1e-15.
  {
    text: '0.6',
    value: () => shift + projectionGap(),
    why: 'the suggested shift, at which each logit is exactly embed(y)ᵀ(x, 1) (conditional-d.test.ts)',
  },
  // The conditional-digits cell's curve. Each is checked on seeded runs of the cell by
  // conditional-digits.test.ts (40 s a run, too slow to repeat here).
  {
    text: '0.1',
    value: 1 / 10,
    why: 'chance agreement with 10 digits; the curve starts within 0.05 of it (conditional-digits.test.ts)',
  },
  {
    text: '0.9',
    value: 0.9,
    why: 'without lrDecayOver the curve peaks above it (conditional-digits.test.ts)',
  },
  {
    text: '0.5',
    value: 0.5,
    why: 'without lrDecayOver the curve ends below 0.65 and 0.3 under its peak (conditional-digits.test.ts)',
  },
];
