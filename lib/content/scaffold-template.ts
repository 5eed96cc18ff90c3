/** The skeleton a new chapter starts from: one of each component of the authoring guide, valid as written. */
export function chapterTemplate(title: string): string {
  return `---
title: ${JSON.stringify(title)}
summary: "One sentence a learner reads on the course home: what this chapter is about."
objectives:
  - "Say what the learner can do after this chapter (3 to 5 lines like this one)"
  - "Derive or compute something concrete"
  - "Recognise a pitfall"
minutes: 20
draft: true
---
import ExampleFigure from './ExampleFigure';

{/* Remove "draft: true" above when the chapter is ready; until then only npm run dev shows it. */}

## The idea

Prose with inline math $p_\\theta(x)$ and display math:

$$
\\mathbb{E}_{x \\sim p}[f(x)] \\approx \\frac{1}{n}\\sum_{i=1}^{n} f(x_i)
$$

<Callout kind="note" title="This is a skeleton">
Each section below shows one component. Keep what you need, then run \`npm run check:content\`.
</Callout>

## Try it in a cell

\`\`\`js cell id="first-cell" seed=1
const xs = Array.from({ length: 5 }, (_, i) => i * i);
print(xs);
\`\`\`

## A derivation next to a figure

<SideBySide>
<Step focus="density">
$$p(x) = \\frac{1}{\\sqrt{2\\pi}}\\, e^{-(x-\\mu)^2/2}$$
A Gaussian whose mean is μ = <Value name="mu" digits={1} />.
</Step>
<Step focus="mean">
$$\\mathbb{E}[x] = \\mu$$
Its mean sits under the peak.
</Step>
<Figure>
<ExampleFigure />
</Figure>
<Param name="mu" label="μ" min={-2} max={2} step={0.1} value={0} />
</SideBySide>

## Check your understanding

<Quiz id="first-quiz">
Where is the peak of the density above?

<Choice correct>
At $x = \\mu$
<Explain>A Gaussian is symmetric about its mean, which is also its mode.</Explain>
</Choice>
<Choice>
At $x = 0$
<Explain>Only when $\\mu = 0$; move the slider to see it shift.</Explain>
</Choice>
</Quiz>

## Exercise

<Exercise id="first-exercise" title="The mean of a list">
Write \`mean(xs)\`, the average of an array of numbers.

<Hint>Add the numbers up first: \`xs.reduce((a, b) => a + b, 0)\`.</Hint>

<Hint>
Then divide the total by \`xs.length\`: the mean of one number is that number.
</Hint>

\`\`\`js starter
function mean(xs) {
  // your code
}
\`\`\`

\`\`\`js solution
function mean(xs) {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
\`\`\`

\`\`\`js check
// A typical wrong answer, named when the learner's value matches it (closeTo's last argument).
const sumNotMean = (xs) => [{ value: xs.reduce((a, b) => a + b, 0), say: 'you returned the sum; divide it by xs.length' }];
check('mean of [1, 2, 3] is 2', () => closeTo(mean([1, 2, 3]), 2, 1e-12, sumNotMean([1, 2, 3])));
check('mean of [5, 7] is 6', () => closeTo(mean([5, 7]), 6, 1e-12, sumNotMean([5, 7])));
\`\`\`
</Exercise>
`;
}

export function figureTemplate(): string {
  return `import { PlotFigure, useParams, useFocus, linspace, gaussianPdf } from '@minimax/figure';

const xs = linspace(-5, 5, 201);

/** A unit Gaussian that follows the μ slider; the active step's curve or line is drawn thicker. */
export default function ExampleFigure() {
  const { mu = 0 } = useParams();
  const focus = useFocus();
  const rows = xs.map((x) => ({ x, p: gaussianPdf(x, mu, 1) }));
  return (
    <PlotFigure
      ariaLabel={\`A Gaussian density with mean \${mu.toFixed(1)}\`}
      height={240}
      deps={[mu, focus]}
      render={(Plot) =>
        Plot.plot({
          x: { label: 'x' },
          y: { label: 'p(x)' },
          marks: [
            Plot.line(rows, { x: 'x', y: 'p', stroke: 'var(--accent)', strokeWidth: focus === 'density' ? 3 : 1.5 }),
            Plot.ruleX([mu], { stroke: 'var(--bad)', strokeWidth: focus === 'mean' ? 3 : 1 }),
          ],
        })
      }
    />
  );
}
`;
}
