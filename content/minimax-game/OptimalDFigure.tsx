import { PlotFigure, useFocus, useParams } from '@minimax/figure';
import { gameAtOptimum, gaussPdf, optimalD } from './optimalD';

const LO = -5;
const HI = 5;
const COLORS = { data: 'steelblue', gen: 'darkorange', d: '#9b59b6' };

/** p_data, p_g and D* = p_data/(p_data + p_g) for two 1-D Gaussians, with V(D*, G) read out live. */
export default function OptimalDFigure() {
  const { dataMean = -1, dataStd = 0.8, genMean = 1.5, genStd = 1 } = useParams();
  const focus = useFocus();
  const data = { mean: dataMean, std: dataStd };
  const gen = { mean: genMean, std: genStd };
  // The value integrates over a wide range; the plot shows [LO, HI].
  const r = gameAtOptimum(data, gen, -30, 30, 6000);
  const shown = gameAtOptimum(data, gen, LO, HI, 300);
  const rows = shown.xs.flatMap((x, i) => [
    { x, y: shown.pData[i], curve: 'p_data' },
    { x, y: shown.pG[i], curve: 'p_g' },
    { x, y: shown.dStar[i], curve: 'D*' },
  ]);
  const width = (curve: string) => {
    if (focus === 'dstar' || focus === 'equal') return curve === 'D*' ? 3.5 : 1.5;
    if (focus === 'pointwise' || focus === 'value') return curve === 'D*' ? 1.5 : 3;
    return 2;
  };
  const log4 = Math.log(4);
  const dAtDataMean = optimalD(gaussPdf(dataMean, data), gaussPdf(dataMean, gen));
  return (
    <div>
      <PlotFigure
        ariaLabel={`Densities p_data (mean ${dataMean}, std ${dataStd}) and p_g (mean ${genMean}, std ${genStd}) and the optimal discriminator D*`}
        height={320}
        deps={[dataMean, dataStd, genMean, genStd, focus]}
        render={(Plot) =>
          Plot.plot({
            height: 280,
            marginLeft: 40,
            x: { domain: [LO, HI], label: 'x' },
            y: { domain: [0, 1.05], label: 'density, D*(x)', grid: true },
            color: { domain: ['p_data', 'p_g', 'D*'], range: [COLORS.data, COLORS.gen, COLORS.d], legend: true },
            marks: [
              Plot.ruleY([0.5], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: focus === 'equal' ? 0.9 : 0.35 }),
              ...['p_data', 'p_g', 'D*'].map((c) =>
                Plot.line(
                  rows.filter((d) => d.curve === c),
                  { x: 'x', y: 'y', stroke: 'curve', strokeWidth: width(c), strokeDasharray: c === 'D*' ? '6 3' : undefined },
                ),
              ),
            ],
          })
        }
      />
      <p className="figure-readout" aria-live="polite" style={{ fontFamily: 'var(--font-mono)', fontSize: '0.85rem', margin: '0.25rem 0' }}>
        <span style={{ fontWeight: focus === 'value' || focus === 'jsd' ? 700 : 400 }}>
          V(D*, G) = −log 4 + 2·JSD = {(-log4).toFixed(3)} + 2 × {r.jsd.toFixed(3)} = {r.value.toFixed(3)}
        </span>
        <br />
        D* at x = {dataMean.toFixed(1)}: {dAtDataMean.toFixed(3)}
      </p>
    </div>
  );
}
