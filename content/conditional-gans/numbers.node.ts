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
];
