import { PlotFigure, useFocus, useParams } from '@minimax/figure';
import { gaussianPdf, linspace } from '@minimax/figure';
import { jsdGaussians, klGaussian } from './divergences';

const DISTANCES = linspace(0, 8, 81);
const LOG2 = Math.log(2);
const COLORS = { kl: 'steelblue', reverse: 'darkorange', jsd: 'seagreen' };

/**
 * Top: P = N(m1, s1²), Q = N(m2, s2²) and their mixture M. Bottom: KL(P‖Q), KL(Q‖P) and JSD as Q
 * slides away from P (same widths), with the current distance marked and the log 2 ceiling.
 */
export default function GaussDivFigure() {
  const { m1 = 0, s1 = 1, m2 = 2, s2 = 1.5 } = useParams();
  const focus = useFocus();
  const lo = Math.min(m1 - 4 * s1, m2 - 4 * s2);
  const hi = Math.max(m1 + 4 * s1, m2 + 4 * s2);
  const densities = linspace(lo, hi, 241).flatMap((x) => {
    const p = gaussianPdf(x, m1, s1);
    const q = gaussianPdf(x, m2, s2);
    return [
      { x, y: p, curve: 'P' },
      { x, y: q, curve: 'Q' },
      { x, y: 0.5 * (p + q), curve: 'M = (P+Q)/2' },
    ];
  });
  const curves = DISTANCES.flatMap((d) => [
    { d, value: klGaussian(m1, s1, m1 + d, s2), curve: 'KL(P‖Q)' },
    { d, value: klGaussian(m1 + d, s2, m1, s1), curve: 'KL(Q‖P)' },
    { d, value: jsdGaussians(m1, s1, m1 + d, s2, 801), curve: 'JSD(P‖Q)' },
  ]);
  const dNow = Math.abs(m2 - m1);
  const now = {
    kl: klGaussian(m1, s1, m2, s2),
    reverse: klGaussian(m2, s2, m1, s1),
    jsd: jsdGaussians(m1, s1, m2, s2, 2001),
  };
  const w = (key: string) => (focus === key ? 4 : 2);
  const label = `P = N(${m1.toFixed(1)}, ${s1.toFixed(1)}²), Q = N(${m2.toFixed(1)}, ${s2.toFixed(1)}²): KL(P‖Q) = ${now.kl.toFixed(3)}, KL(Q‖P) = ${now.reverse.toFixed(3)}, JSD = ${now.jsd.toFixed(3)} nats (ceiling log 2 = 0.693).`;
  return (
    <PlotFigure
      ariaLabel={label}
      height={460}
      deps={[m1, s1, m2, s2, focus]}
      render={(Plot, size) => {
        // Never narrower than the margins plus a plot: a transient tiny measurement would give negative sizes.
        const width = Math.max(240, size.width);
        const box = document.createElement('div');
        box.append(
          Plot.plot({
            height: 190,
            width,
            marginLeft: 44,
            x: { label: 'x' },
            y: { label: 'density', grid: true },
            color: { legend: true, domain: ['P', 'Q', 'M = (P+Q)/2'], range: ['steelblue', 'darkorange', 'gray'] },
            marks: [
              Plot.lineY(
                densities.filter((r) => r.curve !== 'M = (P+Q)/2'),
                { x: 'x', y: 'y', stroke: 'curve', strokeWidth: 2 },
              ),
              Plot.lineY(
                densities.filter((r) => r.curve === 'M = (P+Q)/2'),
                {
                  x: 'x',
                  y: 'y',
                  stroke: 'curve',
                  strokeDasharray: '5 3',
                  strokeWidth: focus === 'mixture' || focus === 'jsd' ? 3.5 : 1.5,
                },
              ),
            ],
          }),
          Plot.plot({
            height: 250,
            width,
            marginLeft: 44,
            x: { label: 'distance between the means |μ_Q − μ_P|' },
            y: { label: 'nats', domain: [0, 2], grid: true },
            color: { legend: true, domain: ['KL(P‖Q)', 'KL(Q‖P)', 'JSD(P‖Q)'], range: [COLORS.kl, COLORS.reverse, COLORS.jsd] },
            marks: [
              Plot.ruleY([LOG2], { stroke: 'currentColor', strokeDasharray: '4 3', strokeWidth: focus === 'ceiling' ? 3 : 1 }),
              Plot.text([LOG2], {
                y: (v: number) => v,
                frameAnchor: 'right',
                dy: -8,
                text: () => 'log 2',
                fill: 'currentColor',
                fontWeight: focus === 'ceiling' ? 'bold' : 'normal',
              }),
              Plot.lineY(
                curves.filter((r) => r.curve === 'KL(P‖Q)'),
                { x: 'd', y: 'value', stroke: 'curve', strokeWidth: w('kl'), clip: true },
              ),
              Plot.lineY(
                curves.filter((r) => r.curve === 'KL(Q‖P)'),
                { x: 'd', y: 'value', stroke: 'curve', strokeWidth: w('reverse'), clip: true },
              ),
              Plot.lineY(
                curves.filter((r) => r.curve === 'JSD(P‖Q)'),
                { x: 'd', y: 'value', stroke: 'curve', strokeWidth: w('jsd'), clip: true },
              ),
              Plot.ruleX([dNow], { stroke: 'currentColor', strokeOpacity: 0.5 }),
              Plot.dot(
                [
                  { d: dNow, value: now.kl, fill: COLORS.kl },
                  { d: dNow, value: now.reverse, fill: COLORS.reverse },
                  { d: dNow, value: now.jsd, fill: COLORS.jsd },
                ].filter((r) => r.value <= 2),
                { x: 'd', y: 'value', fill: (r: { fill: string }) => r.fill, r: 4 },
              ),
            ],
          }),
        );
        return box;
      }}
    />
  );
}
