import { PlotFigure, linspace, useFocus, useParams } from '@minimax/figure';
import { conditionalOptimalD, MODES, optimalLogit, unconditionalOptimalD } from './conditional-d';

const xs = linspace(-4, 4, 241);
const LABELS = ['y = 0', 'y = 1', 'y = 2'];
const COLOURS = ['steelblue', 'darkorange', 'seagreen'];

/**
 * D*(x, y) for three labels beside the label-blind D*(x); in the log-ratio steps, the logits.
 * The generator swaps a share of each label's samples to the next label's mode.
 */
export default function ConditionalDFigure() {
  const { swap = 0.5, shift = 0 } = useParams();
  const focus = useFocus();
  const toy = { swap, shift };
  const logits = focus === 'logratio' || focus === 'projection';
  const rows = xs.flatMap((x) => [
    ...LABELS.map((label, y) => ({
      x,
      v: logits ? Math.max(-6, Math.min(6, optimalLogit(x, y, toy))) : conditionalOptimalD(x, y, toy),
      curve: `D*(x, ${label})`,
    })),
    ...(logits ? [] : [{ x, v: unconditionalOptimalD(x, toy), curve: 'D*(x), labels unseen' }]),
  ]);
  const curves = [...LABELS.map((l) => `D*(x, ${l})`), ...(logits ? [] : ['D*(x), labels unseen'])];
  const atMode = conditionalOptimalD(MODES[0], 0, toy);
  const blind = unconditionalOptimalD(MODES[0], toy);
  return (
    <div>
      <PlotFigure
        ariaLabel={`Optimal discriminator for each of three labels${logits ? ', as logits' : ' and the label-blind one'}, with ${Math.round(100 * swap)}% of labels swapped and a shift of ${shift}`}
        height={300}
        deps={[swap, shift, focus]}
        render={(Plot) =>
          Plot.plot({
            height: 300,
            marginLeft: 44,
            x: { domain: [-4, 4], label: 'x' },
            y: logits
              ? { domain: [-6, 6], label: 'logit D* = log p_data(x|y)/p_g(x|y)', grid: true }
              : { domain: [0, 1], label: 'D*', grid: true },
            color: { domain: curves, range: [...COLOURS, 'currentColor'], legend: true },
            marks: [
              Plot.ruleY([logits ? 0 : 0.5], { stroke: 'currentColor', strokeOpacity: 0.3, strokeDasharray: '4 3' }),
              Plot.ruleX(MODES, { stroke: 'currentColor', strokeOpacity: 0.15 }),
              ...curves.map((c) => {
                const blindCurve = c.includes('unseen');
                return Plot.line(
                  rows.filter((d) => d.curve === c),
                  {
                    x: 'x',
                    y: 'v',
                    stroke: 'curve',
                    strokeWidth: blindCurve ? (focus === 'marginal' ? 3.5 : 1.5) : focus === 'optimal' ? 3 : 2,
                    strokeDasharray: blindCurve ? '6 3' : undefined,
                  },
                );
              }),
            ],
          })
        }
      />
      <p className="figure-readout" aria-live="polite" style={{ fontFamily: 'var(--font-mono)', fontSize: '0.85rem', margin: '0.25rem 0' }}>
        at x = {MODES[0]} (label 0’s mode): D*(x, y = 0) = {atMode.toFixed(3)}; label-blind D*(x) = {blind.toFixed(3)}
      </p>
    </div>
  );
}
