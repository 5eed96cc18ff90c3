import { PlotFigure, useParams, useFocus, linspace, gaussianPdf } from '@minimax/figure';

const xs = linspace(-5, 5, 201);

/** The guide's example figure: N(μ, 1) following the μ slider; the active step is drawn thicker. */
export default function GuideFigure() {
  const { mu = 0 } = useParams();
  const focus = useFocus();
  const rows = xs.map((x) => ({ x, p: gaussianPdf(x, mu, 1) }));
  return (
    <PlotFigure
      ariaLabel={`The density of a normal distribution with mean ${mu.toFixed(1)} and a vertical line at its mean`}
      height={240}
      deps={[mu, focus]}
      render={(Plot) =>
        Plot.plot({
          x: { label: 'x' },
          y: { label: 'p(x)', domain: [0, 0.45] },
          marks: [
            Plot.line(rows, { x: 'x', y: 'p', stroke: 'var(--accent)', strokeWidth: focus === 'density' ? 3 : 1.5 }),
            Plot.ruleX([mu], { stroke: 'var(--bad)', strokeWidth: focus === 'mean' ? 3 : 1 }),
          ],
        })
      }
    />
  );
}
