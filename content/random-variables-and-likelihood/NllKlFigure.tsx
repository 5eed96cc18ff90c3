import { PlotFigure, useFocus, useParams } from '@minimax/figure';
import { empirical, entropy, fitGeometric, genGeom, mulberry32 } from './likelihood';

// A fixed data set, drawn once: 400 runs of gen_geom(0.3).
const draw = mulberry32(11);
const DATA = Array.from({ length: 400 }, () => genGeom(0.3, draw));
const H = entropy(empirical(DATA).values());
const STEPS = 60;
// Never narrower than the margins plus a plot: a transient tiny measurement would give negative sizes.
const MIN_WIDTH = 240;

/** NLL and KL(P̂‖P_p) along a gradient-ascent fit of p: two curves a constant H(P̂) apart. */
export default function NllKlFigure() {
  const { p0 = 0.85, lr = 0.1 } = useParams();
  const focus = useFocus();
  const rows = fitGeometric(DATA, p0, lr, STEPS);
  const long = rows.flatMap((r) => [
    { step: r.step, value: r.nll, curve: 'NLL (average −log-likelihood)' },
    { step: r.step, value: r.kl, curve: 'KL(P̂ data ‖ P_p)' },
  ]);
  const mid = rows[Math.round(STEPS / 3)];
  const last = rows[rows.length - 1];
  const width = (key: string) => (focus === key ? 4 : 2);
  return (
    <PlotFigure
      ariaLabel={`Average negative log-likelihood and KL divergence over ${STEPS} gradient steps, starting from p = ${p0.toFixed(2)}; the two curves stay ${H.toFixed(3)} nats apart, the entropy of the data.`}
      height={300}
      deps={[p0, lr, focus]}
      render={(Plot, size) =>
        Plot.plot({
          // Leave room for the colour legend above the plot inside the reserved height.
          height: size.height - 40,
          width: Math.max(MIN_WIDTH, size.width),
          marginLeft: 44,
          x: { label: 'gradient-ascent step', domain: [0, STEPS] },
          y: { label: 'nats', grid: true, domain: [0, Math.max(4, ...rows.map((r) => r.nll).slice(0, 3))] },
          color: { legend: true, domain: ['NLL (average −log-likelihood)', 'KL(P̂ data ‖ P_p)'], range: ['steelblue', 'darkorange'] },
          marks: [
            Plot.ruleY([0], { strokeOpacity: 0.4 }),
            Plot.lineY(
              long.filter((r) => r.curve.startsWith('NLL')),
              { x: 'step', y: 'value', stroke: 'curve', strokeWidth: width('nll') },
            ),
            Plot.lineY(
              long.filter((r) => r.curve.startsWith('KL')),
              { x: 'step', y: 'value', stroke: 'curve', strokeWidth: width('kl') },
            ),
            Plot.link([mid], {
              x1: 'step',
              x2: 'step',
              y1: 'kl',
              y2: 'nll',
              stroke: 'currentColor',
              strokeWidth: focus === 'entropy' ? 3 : 1.5,
              markerStart: 'arrow',
              markerEnd: 'arrow',
            }),
            Plot.text([mid], {
              x: 'step',
              y: (r: { kl: number; nll: number }) => (r.kl + r.nll) / 2,
              dx: 8,
              textAnchor: 'start',
              text: () => `gap = H(P̂) = ${H.toFixed(3)}`,
              fontWeight: focus === 'entropy' ? 'bold' : 'normal',
              fill: 'currentColor',
            }),
            Plot.dot([last], {
              x: 'step',
              y: 'kl',
              r: focus === 'optimum' ? 6 : 3,
              fill: 'darkorange',
              title: () => `p = ${last.p.toFixed(4)}, KL = ${last.kl.toFixed(4)}`,
            }),
            Plot.text([last], {
              x: 'step',
              y: 'nll',
              dy: -10,
              textAnchor: 'end',
              fill: 'currentColor',
              text: () => `p = ${last.p.toFixed(3)} (1/x̄ = ${(DATA.length / DATA.reduce((a, b) => a + b, 0)).toFixed(3)})`,
            }),
          ],
        })
      }
    />
  );
}
