import { PlotFigure, useFocus, useParams } from '@minimax/figure';
import { exactSigma, nudge, powerIterationTrace, seededMatrix } from './power-iteration';

const ITERATIONS = 15;

/** σ estimate uᵀWv after each power iteration on a random n×n matrix, against the exact σ. */
export default function PowerIterationFigure() {
  const { seed = 1, size = 8 } = useParams();
  const focus = useFocus();
  const n = Math.max(2, Math.round(size));
  const w = seededMatrix(n, n, Math.round(seed));
  const truth = exactSigma(w);
  const start = seededMatrix(1, n, 1000 + Math.round(seed))[0];
  const cold = powerIterationTrace(w, ITERATIONS, start);
  // "Carried over": W changes a little (one optimizer step), and the iteration restarts from the
  // previous step's v instead of a random vector.
  const w2 = nudge(w, 0.02, 2000 + Math.round(seed));
  const truth2 = exactSigma(w2);
  const warm = powerIterationTrace(w2, ITERATIONS, cold.v);
  const carry = focus === 'carry';
  const rows = [
    ...cold.sigmas.map((s, k) => ({ k: k + 1, sigma: s, run: 'random start' })),
    ...(carry ? warm.sigmas.map((s, k) => ({ k: k + 1, sigma: s, run: 'carried-over v, W nudged' })) : []),
  ];
  const lo = Math.min(...rows.map((r) => r.sigma), truth) * 0.9;
  const emphasise = focus === 'sigma' || focus === 'converge';
  return (
    <PlotFigure
      ariaLabel={`Power iteration on a random ${n}×${n} matrix (seed ${Math.round(seed)}): the estimate reaches ${cold.sigmas.at(-1)?.toFixed(3)} after ${ITERATIONS} iterations; the exact largest singular value is ${truth.toFixed(3)}`}
      height={300}
      deps={[seed, size, focus]}
      render={(Plot) =>
        Plot.plot({
          marginLeft: 44,
          x: { domain: [1, ITERATIONS], label: 'iteration', ticks: 8 },
          y: { domain: [lo, truth * 1.05], label: 'σ estimate uᵀWv', grid: true },
          color: { domain: ['random start', 'carried-over v, W nudged'], range: ['var(--accent)', 'var(--warn)'] },
          marks: [
            Plot.ruleY([truth], { stroke: 'var(--ok)', strokeWidth: emphasise ? 3 : 1.5, strokeDasharray: '5 3' }),
            Plot.text([{ k: ITERATIONS, sigma: truth }], {
              x: 'k',
              y: 'sigma',
              text: () => `exact σ = ${truth.toFixed(3)}`,
              dy: -8,
              textAnchor: 'end',
              fill: 'var(--ok)',
            }),
            ...(carry ? [Plot.ruleY([truth2], { stroke: 'var(--warn)', strokeDasharray: '2 2' })] : []),
            Plot.line(rows, { x: 'k', y: 'sigma', stroke: 'run', strokeWidth: emphasise ? 3 : 2 }),
            Plot.dot(rows, { x: 'k', y: 'sigma', fill: 'run', r: focus === 'u-step' || focus === 'v-step' ? 4 : 2.5 }),
            // Direct labels rather than a legend, which the fixed-height frame would clip.
            ...(carry
              ? [
                  Plot.text([{ k: 2, sigma: warm.sigmas[1], text: 'carried-over v, W nudged' }], {
                    x: 'k',
                    y: 'sigma',
                    text: 'text',
                    dy: 14,
                    textAnchor: 'start',
                    fill: 'var(--warn)',
                    stroke: 'var(--bg)',
                    strokeWidth: 4,
                    paintOrder: 'stroke',
                  }),
                ]
              : []),
          ],
        })
      }
    />
  );
}
