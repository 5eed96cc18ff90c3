import { PlotFigure, useFocus, useParams } from '@minimax/figure';
import { kde1d, mulberry32 } from './likelihood';

const TRUE = [
  { w: 0.6, mu: -1.5, s: 0.5 },
  { w: 0.4, mu: 1.5, s: 0.8 },
];

function trueDensity(x: number): number {
  return TRUE.reduce((acc, c) => acc + (c.w * Math.exp(-0.5 * ((x - c.mu) / c.s) ** 2)) / (c.s * Math.sqrt(2 * Math.PI)), 0);
}

function sampleTrue(n: number, seed: number): number[] {
  const u = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const c = u() < TRUE[0].w ? TRUE[0] : TRUE[1];
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    return c.mu + c.s * r * Math.cos(2 * Math.PI * u());
  });
}

const SAMPLES = sampleTrue(40, 5);
const HELD_OUT = sampleTrue(400, 6);
// Never narrower than the margins plus a plot: a transient tiny measurement would give negative sizes.
const MIN_WIDTH = 240;
const XS = Array.from({ length: 301 }, (_, i) => -4.5 + (9 * i) / 300);

/** A Parzen-window estimate from 40 samples against the true density, with its held-out log-likelihood. */
export default function KdeFigure() {
  const { h = 0.4 } = useParams();
  const focus = useFocus();
  const kde = XS.map((x) => ({ x, p: kde1d(SAMPLES, h, x) }));
  const truth = XS.map((x) => ({ x, p: trueDensity(x) }));
  const bumps = focus === 'kernels' ? SAMPLES.flatMap((s, i) => XS.map((x) => ({ x, p: kde1d([s], h, x) / SAMPLES.length, i }))) : [];
  const heldOut = HELD_OUT.reduce((acc, x) => acc + Math.log(kde1d(SAMPLES, h, x)), 0) / HELD_OUT.length;
  const yMax = Math.min(2.5, Math.max(0.6, ...kde.map((r) => r.p)) * 1.05);
  return (
    <PlotFigure
      ariaLabel={`Kernel density estimate from 40 samples with bandwidth ${h.toFixed(2)}, drawn over the true two-peaked density; held-out log-likelihood ${heldOut.toFixed(2)} per point.`}
      height={300}
      deps={[h, focus]}
      render={(Plot, size) =>
        Plot.plot({
          width: Math.max(MIN_WIDTH, size.width),
          marginLeft: 44,
          x: { label: 'x', domain: [-4.5, 4.5] },
          y: { label: 'density', domain: [0, yMax], grid: true },
          marks: [
            Plot.areaY(truth, { x: 'x', y: 'p', fill: 'gray', fillOpacity: 0.25 }),
            Plot.lineY(bumps, { x: 'x', y: 'p', z: 'i', stroke: 'darkorange', strokeOpacity: 0.6, strokeWidth: 1 }),
            Plot.lineY(kde, {
              x: 'x',
              y: 'p',
              stroke: 'steelblue',
              strokeWidth: focus === 'sum' || focus === 'bandwidth' ? 3.5 : 2,
              clip: true,
            }),
            Plot.ruleX(SAMPLES, {
              x: (d: number) => d,
              y1: 0,
              y2: yMax * 0.06,
              stroke: 'currentColor',
              strokeWidth: focus === 'kernels' ? 2 : 1,
            }),
            Plot.text([`h = ${h.toFixed(2)}   held-out log-likelihood ${heldOut.toFixed(3)} per point`], {
              frameAnchor: 'top-right',
              dy: 4,
              dx: -4,
              fill: 'currentColor',
              fontWeight: focus === 'bandwidth' ? 'bold' : 'normal',
            }),
          ],
        })
      }
    />
  );
}
