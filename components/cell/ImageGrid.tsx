'use client';
import { useEffect, useRef, useState } from 'react';
import { gridRgba, type ImageGridModel } from '@/lib/kernel/image-grid';

/**
 * A grid of grey images drawn by a cell (`showImages`), on one canvas redrawn in place when the
 * cell updates it: at most once per animation frame, and no React render per update. The grid's
 * label is its text alternative (the canvas's accessible name) and its caption.
 */
export function ImageGrid({ model }: { model: ImageGridModel }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [label, setLabel] = useState(model.label);

  useEffect(() => {
    let frame: number | null = null;
    let drawn = -1;
    const draw = () => {
      frame = null;
      const c = canvas.current;
      if (!c || drawn === model.version) return;
      drawn = model.version;
      const { width, height, rgba } = gridRgba(model.layout, model.pixels);
      if (c.width !== width || c.height !== height) {
        c.width = width;
        c.height = height;
      }
      c.style.width = `${width * model.layout.scale}px`;
      c.getContext('2d')?.putImageData(new ImageData(rgba, width, height), 0, 0);
      c.dataset.version = String(drawn);
      setLabel(model.label);
    };
    draw();
    const unsubscribe = model.subscribe(() => {
      frame ??= requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [model]);

  return (
    <figure className="cell-images">
      <canvas ref={canvas} role="img" aria-label={label} />
      <figcaption aria-hidden="true">{label}</figcaption>
    </figure>
  );
}
