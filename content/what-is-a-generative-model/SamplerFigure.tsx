import { PlotFigure, histogram, linspace, seededNormals, useFocus, useParams } from '@minimax/figure';
import { densityAt, pushforward, pushforwardDensity } from './pushforward';

const domain: [number, number] = [-6, 6];
/** One fixed pool of noise, so moving the n slider adds samples instead of redrawing them all. */
const noise = seededNormals(5000, 7);
const zGrid = linspace(-4.5, 4.5, 301);
/** The observed data point of the "likelihood" step: it sits in the valley between the modes. */
const x0 = 0.4;

/** Histogram of X = f(Z) samples against the density p(x) that the same f induces. */
export default function SamplerFigure() {
  const { n = 200, bend = 1.5 } = useParams();
  const focus = useFocus();
  const xs = noise.slice(0, Math.round(n)).map((z) => pushforward(z, bend));
  const bins = histogram(xs, domain, 48);
  const curve = pushforwardDensity(bend, zGrid);
  const peak = Math.max(...curve.map((d) => d.p));
  const px0 = densityAt(x0, bend);

  const samplesOn = focus === null || focus === 'samples' || focus === 'agree';
  const densityOn = focus === null || focus === 'density' || focus === 'agree' || focus === 'likelihood';
  return (
    <PlotFigure
      ariaLabel={`Histogram of ${Math.round(n)} samples of X = f(Z) with the density p(x) drawn over it`}
      height={300}
      deps={[n, bend, focus]}
      render={(Plot) =>
        Plot.plot({
          marginLeft: 44,
          x: { domain, label: 'x' },
          y: { domain: [0, Math.max(0.45, peak * 1.35)], label: 'density', grid: true },
          marks: [
            Plot.rectY(bins, {
              x1: 'x0',
              x2: 'x1',
              y: 'density',
              fill: 'var(--accent)',
              fillOpacity: samplesOn ? 0.55 : 0.15,
              clip: true,
              inset: 0.5,
            }),
            Plot.ruleX(xs.slice(0, 300), {
              x: (d: number) => d,
              y1: 0,
              y2: 0.03 * peak,
              stroke: 'var(--accent)',
              strokeOpacity: samplesOn ? 0.7 : 0.2,
            }),
            Plot.line(curve, {
              x: 'x',
              y: 'p',
              stroke: 'currentColor',
              strokeWidth: densityOn && focus !== null ? 3 : 1.75,
              strokeOpacity: densityOn ? 1 : 0.25,
            }),
            ...(focus === 'likelihood'
              ? [
                  Plot.ruleX([x0], { stroke: 'var(--bad)', strokeDasharray: '4 3' }),
                  Plot.dot([{ x: x0, p: px0 }], { x: 'x', y: 'p', r: 5, fill: 'var(--bad)' }),
                  Plot.text([{ x: x0, p: px0 }], {
                    x: 'x',
                    y: 'p',
                    text: () => `p(${x0}) = ${px0.toFixed(3)}`,
                    dy: -16,
                    fill: 'var(--bad)',
                    stroke: 'var(--bg)',
                    strokeWidth: 4,
                    paintOrder: 'stroke',
                    fontSize: 12,
                  }),
                ]
              : []),
            Plot.ruleY([0]),
          ],
        })
      }
    />
  );
}
