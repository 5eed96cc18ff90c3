import { PlotFigure, useFocus, useParams, type PlotModule } from '@minimax/figure';
import { nonSaturatingGrad, nonSaturatingLoss, saturatingGrad, saturatingLoss, sigmoid } from './saturation';

const LO = -8;
const HI = 8;
const SAT = 'log(1 − σ(a))';
const NS = '−log σ(a)';
const SAT_GRAD = 'd/da log(1 − σ(a))';
const NS_GRAD = 'd/da −log σ(a)';

/** Both generator losses and their slopes against D's logit a on a fake sample; a marker at the slider's a. */
export default function SaturationFigure() {
  const { logit = -4 } = useParams();
  const focus = useFocus();
  const rows: { a: number; y: number; curve: string }[] = [];
  for (let i = 0; i <= 160; i++) {
    const a = LO + ((HI - LO) * i) / 160;
    rows.push(
      { a, y: saturatingLoss(a), curve: SAT },
      { a, y: nonSaturatingLoss(a), curve: NS },
      { a, y: saturatingGrad(a), curve: SAT_GRAD },
      { a, y: nonSaturatingGrad(a), curve: NS_GRAD },
    );
  }
  const emphasised = (c: string) =>
    (focus === 'sat' && (c === SAT || c === SAT_GRAD)) ||
    (focus === 'ns' && (c === NS || c === NS_GRAD)) ||
    (focus === 'compare' && (c === SAT_GRAD || c === NS_GRAD)) ||
    (focus === 'losses' && (c === SAT || c === NS));
  const marks = [
    { a: logit, y: saturatingLoss(logit), curve: SAT },
    { a: logit, y: nonSaturatingLoss(logit), curve: NS },
    { a: logit, y: saturatingGrad(logit), curve: SAT_GRAD },
    { a: logit, y: nonSaturatingGrad(logit), curve: NS_GRAD },
  ];
  const panel = (curves: string[], domain: [number, number], label: string) => (Plot: PlotModule) =>
    Plot.plot({
      height: 210,
      marginLeft: 44,
      x: { domain: [LO, HI], label: 'logit a = D’s score on G(z)' },
      y: { domain, label, grid: true },
      color: { domain: curves, range: ['firebrick', 'seagreen'], legend: true },
      marks: [
        Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.4 }),
        Plot.ruleX([logit], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.6 }),
        ...curves.map((c) =>
          Plot.line(
            rows.filter((r) => r.curve === c),
            { x: 'a', y: 'y', stroke: 'curve', strokeWidth: emphasised(c) ? 3.5 : 1.6 },
          ),
        ),
        Plot.dot(
          marks.filter((m) => curves.includes(m.curve)),
          { x: 'a', y: 'y', fill: 'curve', r: 5 },
        ),
      ],
    });
  return (
    <div>
      <PlotFigure
        ariaLabel={`The generator losses log(1 − σ(a)) and −log σ(a) against the logit a; marker at a = ${logit}`}
        height={250}
        deps={[logit, focus]}
        render={panel([SAT, NS], [-8.5, 8.5], 'loss')}
      />
      <PlotFigure
        ariaLabel={`Their derivatives −σ(a) and σ(a) − 1 against a; at a = ${logit} they are ${saturatingGrad(logit).toFixed(3)} and ${nonSaturatingGrad(logit).toFixed(3)}`}
        height={250}
        deps={[logit, focus]}
        render={panel([SAT_GRAD, NS_GRAD], [-1.05, 0.05], 'slope')}
      />
      <p aria-live="polite" style={{ fontFamily: 'var(--font-mono)', fontSize: '0.85rem', margin: '0.25rem 0' }}>
        a = {logit.toFixed(1)}, D(G(z)) = σ(a) = {sigmoid(logit).toFixed(4)}; slope of log(1 − σ): {saturatingGrad(logit).toFixed(4)}; slope
        of −log σ: {nonSaturatingGrad(logit).toFixed(4)}
      </p>
    </div>
  );
}
