'use client';
import { useEffect, useRef, useState, type CSSProperties, type DependencyList, type ReactNode } from 'react';
import { useFocus } from './context';
import { useElementWidth, useNearViewport } from './hooks';
import { loadPlot, type PlotModule } from './loadPlot';
import './plot-figure.css';

export interface PlotSize {
  width: number;
  height: number;
}

export interface PlotFigureProps {
  /**
   * Draws the figure. `Plot` is Observable Plot, except that `Plot.plot(options)` defaults
   * `width` to the space available and `height` to this figure's height.
   */
  render: (Plot: PlotModule, size: PlotSize) => SVGElement | HTMLElement;
  /** Values the drawing depends on; it is redrawn when one changes. Keep the length fixed. */
  deps: DependencyList;
  /** Height of the drawing in CSS pixels; the placeholder reserves exactly this. With `width`, it shrinks in proportion when the column is narrower. */
  height: number;
  /** Largest width in CSS pixels; by default the figure fills its column. */
  width?: number;
  /** What the figure shows, for screen readers (the drawing itself is one image to them). */
  ariaLabel: string;
  caption?: ReactNode;
}

type DrawState = 'idle' | 'loading' | 'ready' | 'error';

/** Plot with `plot()` sized to the figure, so authors need not measure anything. */
function sizedPlot(Plot: PlotModule, size: PlotSize): PlotModule {
  return { ...Plot, plot: (options = {}) => Plot.plot({ ...size, ...options }) };
}

/**
 * The frame is one image to screen readers, labelled by `ariaLabel`. Plot labels its mark groups
 * (`<g aria-label="line">`), which is invalid ARIA on a plain `<g>` and noise inside an image.
 */
function quiet(drawing: SVGElement | HTMLElement): SVGElement | HTMLElement {
  for (const el of drawing.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  drawing.setAttribute('aria-hidden', 'true');
  return drawing;
}

/**
 * A figure with a fixed width keeps its shape when its column is narrower: the frame has its
 * aspect ratio (so the placeholder already has the drawn size) and the drawing is scaled to it.
 */
function frameStyle(width: number | undefined, height: number): CSSProperties {
  return width ? { maxWidth: width, aspectRatio: `${width} / ${height}` } : { height };
}

function drawSize(measured: number, width: number | undefined, height: number): PlotSize {
  if (!width || measured >= width) return { width: width ?? measured, height };
  return { width: measured, height: Math.round((height * measured) / width) };
}

/**
 * An Observable Plot drawing that loads Plot only when it scrolls near the viewport. Until then
 * (and in the prerendered HTML) a placeholder of the same size holds its place, so nothing jumps.
 */
const MIN_DRAW_WIDTH = 120;

export function PlotFigure({ render, deps, height, width, ariaLabel, caption }: PlotFigureProps) {
  if (!(height > 0)) throw new Error(`<PlotFigure ariaLabel="${ariaLabel}">: height must be a positive number of pixels, got ${height}`);
  const focus = useFocus();
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frameRef);
  const measured = useElementWidth(frameRef, near);
  const [Plot, setPlot] = useState<PlotModule | null>(null);
  const [state, setState] = useState<DrawState>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    setState((s) => (s === 'idle' ? 'loading' : s));
    loadPlot().then(
      (mod) => !cancelled && setPlot(() => mod),
      (e: unknown) => {
        if (cancelled) return;
        console.error('Observable Plot failed to load', e);
        setError('The plotting library could not be loaded. Reload the page to try again.');
        setState('error');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [near]);

  useEffect(() => {
    const canvas = canvasRef.current;
    // A frame narrower than Plot's default margins is a transient measurement during layout
    // (seen at 360 px); drawing then makes Plot warn about a negative width.
    if (!Plot || measured === null || measured < MIN_DRAW_WIDTH || !canvas) return;
    const size = drawSize(measured, width, height);
    try {
      canvas.replaceChildren(quiet(render(sizedPlot(Plot, size), size)));
      setError(null);
      setState('ready');
    } catch (e) {
      canvas.replaceChildren();
      const message = e instanceof Error ? e.message : String(e);
      console.error(`<PlotFigure ariaLabel="${ariaLabel}">: render failed`, e);
      setError(`This figure could not be drawn: ${message}`);
      setState('error');
    }
    // `render` is a fresh closure on every render; `deps` says when its output changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [Plot, measured, width, height, ...deps]);

  return (
    <figure className="plot-figure" data-focus={focus ?? ''} data-state={state}>
      <div ref={frameRef} className="plot-figure-frame" style={frameStyle(width, height)} role="img" aria-label={ariaLabel}>
        <div ref={canvasRef} className="plot-figure-canvas" />
        {state !== 'ready' && (
          <div className="plot-figure-placeholder" aria-hidden="true">
            {error ?? (state === 'idle' ? ariaLabel : 'Drawing…')}
          </div>
        )}
      </div>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
