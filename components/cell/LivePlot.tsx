'use client';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { MarkSpec } from '@/lib/kernel/protocol';
import type { PlotModel } from '@/lib/kernel/plot-model';
import { MAX_POINTS_PER_SERIES } from '@/lib/kernel/limits';
import { loadPlot, type PlotModule } from '@/components/figure/loadPlot';

function buildMark(Plot: PlotModule, m: MarkSpec, model: PlotModel) {
  const { mark, data, values, ...options } = m;
  const make = (Plot as unknown as Record<string, unknown>)[mark];
  if (typeof make !== 'function')
    throw new Error(`plot: unknown mark "${mark}"; use an Observable Plot mark such as dot, line, areaY, ruleY`);
  const rows = data !== undefined ? (model.series.get(data) ?? []) : (values ?? []);
  return (make as (d: unknown, o: unknown) => unknown)(rows, options);
}

/**
 * Space held for the chart before it draws. A chart of fixed width scales down in a narrower
 * column (its SVG has `height: auto`), so it holds its aspect ratio, not its full height.
 */
function canvasStyle(width: number | undefined, height: number): CSSProperties {
  return width ? { maxWidth: width, aspectRatio: `${width} / ${height}` } : { minHeight: height };
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n.toLocaleString('en')}${suffix}`;
}

/** "Showing every 8th of 40,000 points of "loss"…" for each series the kernel thinned, or ''. */
function thinnedNote(model: PlotModel): string {
  const notes = [...model.thinned]
    .filter(([, t]) => t.every > 1)
    .map(([name, t]) => `every ${ordinal(t.every)} of ${t.total.toLocaleString('en')} points of "${name}"`);
  if (notes.length === 0) return '';
  return `Showing ${notes.join('; ')} (a chart draws at most ${MAX_POINTS_PER_SERIES.toLocaleString('en')} points per series).`;
}

/** A chart drawn from a kernel plot spec, redrawn when its model's rows change (at most once per frame). */
export function LivePlot({ model }: { model: PlotModel }) {
  const host = useRef<HTMLDivElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { title, marks, width, height, ...options } = model.spec;

  useEffect(() => {
    let cancelled = false;
    let Plot: PlotModule | null = null;
    let drawn = -1;
    const draw = () => {
      if (!Plot || !host.current || drawn === model.version) return;
      drawn = model.version;
      const started = performance.now();
      try {
        const figure = Plot.plot({
          ...options,
          width: width ?? Math.min(640, host.current.clientWidth || 640),
          height: height ?? 300,
          marks: marks.map((m) => buildMark(Plot!, m, model)),
        } as Parameters<PlotModule['plot']>[0]);
        // The host is one labelled image; Plot's per-mark labels ("dot") would be noise inside it.
        for (const g of figure.querySelectorAll('[aria-label]')) g.removeAttribute('aria-label');
        // Plot puts a <style> in every chart it draws; swapping one in and out on each redraw
        // makes the browser restyle the whole lesson. cell.css holds the same rules once.
        for (const style of figure.querySelectorAll('svg > style')) style.remove();
        host.current.replaceChildren(figure);
        host.current.dataset.version = String(drawn);
        if (note.current) {
          note.current.textContent = thinnedNote(model);
          note.current.hidden = !note.current.textContent;
        }
        // Named measures let the e2e and bench scripts attribute main-thread time to chart redraws.
        performance.measure('minimax:plot-draw', { start: started });
        setProblem(null);
      } catch (error) {
        setProblem((error as Error).message);
      }
    };
    const unsubscribe = model.subscribe(draw);
    void loadPlot().then((m) => {
      if (cancelled) return;
      Plot = m;
      draw();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
    // The spec never changes for a model; rows arrive through subscribe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model]);

  return (
    <figure className="cell-plot">
      {title && <figcaption>{title}</figcaption>}
      <div
        ref={host}
        className="cell-plot-canvas"
        style={canvasStyle(width, height ?? 300)}
        role="img"
        aria-label={title ?? 'Chart drawn by this cell'}
      />
      <p ref={note} className="cell-note" hidden />
      {problem && <p className="cell-error">{problem}</p>}
    </figure>
  );
}
