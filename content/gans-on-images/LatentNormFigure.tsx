import { PlotFigure, linspace, seededNormals, useFocus, useParams } from '@minimax/figure';
import { chiMoments, lerpShrink, midpointGapInStd, pathNorms } from './latent-norms';

const ts = linspace(0, 1, 101);
// A pair whose norms are typical in 32 dimensions (5.68 and 5.32), so the one drawn path looks like most.
const PAIR_SEED = 33;
const COLOURS = { shell: 'steelblue', lerp: 'darkorange', slerp: 'seagreen' };

/**
 * The norm of noise along a straight and a spherical path between two noise vectors in d
 * dimensions: the shell where N(0, I_d) puts its samples (mean ± 2 sd), the straight path's
 * expected band, and one seeded pair's two paths.
 */
export default function LatentNormFigure() {
  const { dim = 32 } = useParams();
  const d = Math.max(2, Math.round(dim));
  const focus = useFocus();
  const { mean, std } = chiMoments(d);
  const noise = seededNormals(2 * d, PAIR_SEED);
  const sample = pathNorms(noise.slice(0, d), noise.slice(d), ts);
  const band = ts.map((t) => ({
    t,
    lo: mean - 2 * std,
    hi: mean + 2 * std,
    lerpLo: lerpShrink(t) * (mean - 2 * std),
    lerpHi: lerpShrink(t) * (mean + 2 * std),
  }));
  const strong = (key: string) => focus === key || (key === 'lerp' && focus === 'midpoint');
  return (
    <div>
      <PlotFigure
        ariaLabel={`Norm of the noise along a straight and a spherical path between two ${d}-dimensional noise vectors, with the shell where Gaussian noise lies`}
        height={320}
        deps={[d, focus]}
        render={(Plot) =>
          Plot.plot({
            height: 280,
            marginLeft: 44,
            x: { domain: [0, 1], label: 't (0 at z₀, 1 at z₁)' },
            y: { domain: [0, (mean + 3 * std) * 1.05], label: '‖z‖', grid: true },
            color: {
              domain: ['shell of N(0, I)', 'straight path', 'spherical path'],
              range: [COLOURS.shell, COLOURS.lerp, COLOURS.slerp],
              legend: true,
            },
            marks: [
              Plot.areaY(band, { x: 't', y1: 'lo', y2: 'hi', fill: COLOURS.shell, fillOpacity: strong('shell') ? 0.35 : 0.15 }),
              Plot.areaY(band, { x: 't', y1: 'lerpLo', y2: 'lerpHi', fill: COLOURS.lerp, fillOpacity: strong('lerp') ? 0.3 : 0.1 }),
              Plot.line(sample, { x: 't', y: 'lerp', stroke: COLOURS.lerp, strokeWidth: strong('lerp') ? 3 : 1.5, strokeDasharray: '6 3' }),
              Plot.line(sample, { x: 't', y: 'slerp', stroke: COLOURS.slerp, strokeWidth: strong('slerp') ? 3.5 : 2 }),
              ...(focus === 'midpoint'
                ? [
                    Plot.dot([{ t: 0.5, v: mean * lerpShrink(0.5) }], { x: 't', y: 'v', r: 5, fill: COLOURS.lerp }),
                    Plot.ruleX([0.5], { stroke: 'currentColor', strokeOpacity: 0.4, strokeDasharray: '4 3' }),
                  ]
                : []),
            ],
          })
        }
      />
      <p className="figure-readout" aria-live="polite" style={{ fontFamily: 'var(--font-mono)', fontSize: '0.85rem', margin: '0.25rem 0' }}>
        d = {d}: samples have ‖z‖ ≈ {mean.toFixed(2)} ± {std.toFixed(2)}; the straight path&apos;s midpoint has ≈{' '}
        {(mean * lerpShrink(0.5)).toFixed(2)}, {midpointGapInStd(d).toFixed(1)} standard deviations inside the shell
      </p>
    </div>
  );
}
