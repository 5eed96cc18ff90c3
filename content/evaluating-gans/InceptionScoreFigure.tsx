import { PlotFigure, useFocus, useParams } from '@minimax/figure';
import { entropy, toyInceptionScore, toyMarginal, toyRow } from './inception-toy';

const CLASSES = 10;

/** One sample's p(y|x) (top) above the marginal p(y) (bottom) of a toy classifier, with the Inception Score read out. */
export default function InceptionScoreFigure() {
  const { used = 10, confidence = 0.9 } = useParams();
  const focus = useFocus();
  const toy = { classes: CLASSES, used: Math.round(used), confidence };
  const row = toyRow(toy, 0);
  const marginal = toyMarginal(toy);
  const bars = [...row.map((p, c) => ({ c, p, which: 'p(y|x)' })), ...marginal.map((p, c) => ({ c, p, which: 'p(y)' }))];
  const hRow = entropy(row);
  const hMarginal = entropy(marginal);
  const score = toyInceptionScore(toy);
  const strong = (keys: string[]) => ({ fontWeight: focus !== null && keys.includes(focus) ? 700 : 400 });
  return (
    <div>
      <PlotFigure
        ariaLabel={`Class probabilities p(y|x) of one sample (top) and their average p(y) over samples (bottom), for a classifier that uses ${toy.used} of ${CLASSES} classes with confidence ${confidence}`}
        height={300}
        deps={[toy.used, confidence, focus]}
        render={(Plot) =>
          Plot.plot({
            height: 300,
            marginLeft: 44,
            marginRight: 60,
            fy: { label: null, domain: ['p(y|x)', 'p(y)'] },
            x: { label: 'class y', tickFormat: (d: number) => String(d) },
            y: { domain: [0, 1], label: 'probability', grid: true },
            marks: [
              Plot.barY(bars, {
                x: 'c',
                y: 'p',
                fy: 'which',
                fill: (d: { which: string }) => (d.which.startsWith('p(y|x)') ? 'var(--accent)' : 'darkorange'),
                fillOpacity: focus === 'upper' || focus === 'lower' || focus === 'entropies' ? 1 : 0.8,
              }),
              Plot.ruleY([0]),
            ],
          })
        }
      />
      <p className="figure-readout" aria-live="polite" style={{ fontFamily: 'var(--font-mono)', fontSize: '0.85rem', margin: '0.25rem 0' }}>
        <span style={strong(['entropies', 'upper'])}>H(p(y)) = {hMarginal.toFixed(3)}</span>,{' '}
        <span style={strong(['entropies', 'lower'])}>H(p(y|x)) = {hRow.toFixed(3)}</span>
        <br />
        <span style={strong(['definition', 'upper', 'lower', 'misses'])}>
          IS = exp({hMarginal.toFixed(3)} − {hRow.toFixed(3)}) = {score.toFixed(3)}
        </span>{' '}
        (at most {CLASSES})
      </p>
    </div>
  );
}
