import { PlotFigure, useFocus, useParams } from '@minimax/figure';
import { distanceCurves, exampleOneDistances } from './parallel-lines';

const RANGE = 1;
/** Where KL's infinity is drawn: above every finite value on the chart. */
const KL_CAP = 1.25;
const curves = distanceCurves(RANGE, 201, KL_CAP);
const colours = { JSD: 'var(--accent)', KL: 'var(--bad)', 'W₁': 'var(--ok)' } as const;
type Measure = keyof typeof colours;
/** Which curve each step of the derivation talks about. */
const stepMeasure: Record<string, Measure | undefined> = { jsd: 'JSD', kl: 'KL', w1: 'W₁' };

const labels: { theta: number; value: number; text: string; measure: Measure; anchor: 'start' | 'end' }[] = [
  { theta: -0.95, value: KL_CAP, text: 'KL = ∞', measure: 'KL', anchor: 'start' },
  { theta: -0.95, value: Math.LN2, text: 'JSD = log 2', measure: 'JSD', anchor: 'start' },
  // Left of the right branch of the V, clear of the JSD line.
  { theta: 0.86, value: 0.92, text: 'W₁ = |θ|', measure: 'W₁', anchor: 'end' },
];

/** Example 1 of the WGAN paper: the two segments at distance θ, and JSD, KL and W₁ as θ varies. */
export default function ParallelLinesFigure() {
  const { theta = 0.5 } = useParams();
  const focus = useFocus();
  const d = exampleOneDistances(theta);
  const highlighted = focus ? stepMeasure[focus] : undefined;
  const showPlan = focus === 'w1' || focus === 'gradient';
  const segments = [
    { x: 0, name: 'P₀ (data)', colour: 'var(--fg)' },
    { x: theta, name: 'P_θ (model)', colour: 'var(--warn)' },
  ];
  const arrows = [0.15, 0.5, 0.85].map((y) => ({ x1: 0, x2: theta, y }));
  const opacity = (m: Measure) => (highlighted === undefined || highlighted === m ? 1 : 0.2);
  const current = (Object.keys(colours) as Measure[]).map((m) => ({
    theta,
    measure: m,
    value: m === 'KL' ? Math.min(d.kl, KL_CAP) : m === 'JSD' ? d.jsd : d.w1,
  }));
  return (
    <div>
      <PlotFigure
        ariaLabel={`Two vertical segments: the data at x = 0 and the model at x = ${theta.toFixed(2)}`}
        height={150}
        deps={[theta, focus]}
        render={(Plot) =>
          Plot.plot({
            marginLeft: 36,
            x: { domain: [-RANGE - 0.1, RANGE + 0.1], label: 'x' },
            y: { domain: [-0.05, 1.05], label: 'y', ticks: 2 },
            marks: [
              Plot.link(segments, { x1: 'x', x2: 'x', y1: 0, y2: 1, stroke: 'colour', strokeWidth: 4 }),
              Plot.text(segments, { x: 'x', y: 1, text: 'name', dy: -8, fill: 'colour', fontSize: 11, textAnchor: 'middle' }),
              ...(showPlan && theta !== 0
                ? [Plot.arrow(arrows, { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: 'var(--ok)', strokeWidth: 1.5 })]
                : []),
            ],
          })
        }
      />
      <PlotFigure
        ariaLabel={`JSD, KL and W₁ against θ. At θ = ${theta.toFixed(2)}: JSD ${d.jsd.toFixed(3)}, KL ${Number.isFinite(d.kl) ? d.kl : 'infinite'}, W₁ ${d.w1.toFixed(2)}`}
        height={250}
        deps={[theta, focus]}
        render={(Plot) =>
          Plot.plot({
            marginLeft: 40,
            x: { domain: [-RANGE, RANGE], label: 'θ' },
            y: { domain: [0, KL_CAP + 0.1], label: 'distance (nats)', grid: true },
            color: { domain: Object.keys(colours), range: Object.values(colours) },
            marks: [
              Plot.ruleX([theta], { stroke: 'var(--fg-soft)', strokeDasharray: '3 3' }),
              // Each measure is drawn in pieces around θ = 0 so the jump there is not bridged by a line.
              ...(Object.keys(colours) as Measure[]).flatMap((m) =>
                [(r: { theta: number }) => r.theta < 0, (r: { theta: number }) => r.theta > 0].map((side) =>
                  Plot.line(
                    curves.filter((r) => r.measure === m && side(r)),
                    {
                      x: 'theta',
                      y: 'value',
                      stroke: 'measure',
                      strokeWidth: highlighted === m ? 3.5 : 2,
                      strokeOpacity: opacity(m),
                    },
                  ),
                ),
              ),
              Plot.dot(
                curves.filter((r) => r.theta === 0),
                { x: 'theta', y: 'value', fill: 'measure', r: 4 },
              ),
              // Labels on the curves instead of a legend: the frame's height is fixed, a legend would be clipped.
              ...labels.map((l) =>
                Plot.text([l], {
                  x: 'theta',
                  y: 'value',
                  text: 'text',
                  dy: -9,
                  textAnchor: l.anchor,
                  fontSize: 12,
                  fill: colours[l.measure],
                  fillOpacity: opacity(l.measure),
                  stroke: 'var(--bg)',
                  strokeWidth: 4,
                  paintOrder: 'stroke',
                }),
              ),
              Plot.dot(current, { x: 'theta', y: 'value', stroke: 'measure', fill: 'var(--bg)', r: 5, strokeWidth: 2 }),
              ...(focus === 'gradient'
                ? [
                    // Tangents at θ: flat for JSD (no gradient), slope sign(θ) for W₁.
                    Plot.link([{ a: theta - 0.3, b: theta + 0.3 }], {
                      x1: 'a',
                      x2: 'b',
                      y1: d.jsd,
                      y2: d.jsd,
                      stroke: 'var(--accent)',
                      strokeWidth: 3,
                    }),
                    Plot.link([{ a: theta - 0.3, b: theta + 0.3 }], {
                      x1: 'a',
                      x2: 'b',
                      y1: d.w1 - 0.3 * Math.sign(theta),
                      y2: d.w1 + 0.3 * Math.sign(theta),
                      stroke: 'var(--ok)',
                      strokeWidth: 3,
                    }),
                  ]
                : []),
            ],
          })
        }
      />
    </div>
  );
}
