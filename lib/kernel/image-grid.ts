/**
 * Image grids drawn by cells (`showImages`): turning tensor values into grey bytes in the
 * worker, and the page-side model a canvas redraws from. Updates replace the pixels in place;
 * the canvas redraws at most once per animation frame however many updates arrive.
 */

const MAX_GRID_IMAGES = 400;
const MAX_GRID_SIDE = 64;

export interface GridLayout {
  count: number;
  /** Side of one image, in image pixels. */
  height: number;
  width: number;
  cols: number;
  /** Screen pixels per image pixel. */
  scale: number;
}

/** [n, h, w, 1], [n, h, w] or one [h, w] image → n, h, w; anything else is refused with its shape. */
export function gridShape(shape: number[]): { count: number; height: number; width: number } {
  const ok = (shape.length === 4 && shape[3] === 1) || shape.length === 3 || shape.length === 2;
  if (!ok) throw new TypeError(`showImages: expected grey images shaped [n, h, w, 1], [n, h, w] or [h, w], got [${shape.join(', ')}]`);
  const [count, height, width] = shape.length === 2 ? [1, shape[0], shape[1]] : [shape[0], shape[1], shape[2]];
  if (count < 1 || count > MAX_GRID_IMAGES) throw new RangeError(`showImages: between 1 and ${MAX_GRID_IMAGES} images, got ${count}`);
  if (height > MAX_GRID_SIDE || width > MAX_GRID_SIDE)
    throw new RangeError(`showImages: images at most ${MAX_GRID_SIDE}×${MAX_GRID_SIDE}, got ${height}×${width}`);
  return { count, height, width };
}

/**
 * Values in [lo, hi] (default [−1, 1], a tanh generator's range) → grey bytes 0–255, clamped.
 * NaN draws as mid-grey rather than failing a run that is only looking.
 */
export function toGreyBytes(values: ArrayLike<number>, range: [number, number] = [-1, 1]): Uint8Array {
  const [lo, hi] = range;
  if (!(hi > lo)) throw new RangeError(`showImages: range must be [low, high] with high > low, got [${lo}, ${hi}]`);
  const out = new Uint8Array(values.length);
  const k = 255 / (hi - lo);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = Number.isNaN(v) ? 128 : Math.max(0, Math.min(255, Math.round((v - lo) * k)));
  }
  return out;
}

/** Grid columns: as asked, else about square; never more than the images. */
export function gridColumns(count: number, cols?: number): number {
  if (cols === undefined) return Math.ceil(Math.sqrt(count));
  if (!Number.isInteger(cols) || cols < 1) throw new RangeError(`showImages: cols must be a positive integer, got ${cols}`);
  return Math.min(cols, count);
}

/** RGBA for a canvas of cols × rows images at 1 pixel per image pixel, 1-pixel gaps in the page colour. */
export function gridRgba(
  layout: GridLayout,
  grey: Uint8Array,
  gap = 1,
): { width: number; height: number; rgba: Uint8ClampedArray<ArrayBuffer> } {
  const { count, height: h, width: w, cols } = layout;
  const rows = Math.ceil(count / cols);
  const width = cols * (w + gap) - gap;
  const height = rows * (h + gap) - gap;
  const rgba = new Uint8ClampedArray(width * height * 4); // gaps stay transparent
  for (let n = 0; n < count; n++) {
    const x0 = (n % cols) * (w + gap);
    const y0 = Math.floor(n / cols) * (h + gap);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const v = grey[(n * h + y) * w + x];
        const at = ((y0 + y) * width + x0 + x) * 4;
        rgba[at] = rgba[at + 1] = rgba[at + 2] = v;
        rgba[at + 3] = 255;
      }
    }
  }
  return { width, height, rgba };
}

/** One grid on the page: its layout, current bytes and text alternative. */
export class ImageGridModel {
  private listeners = new Set<() => void>();
  version = 0;

  constructor(
    readonly gridId: number,
    public layout: GridLayout,
    public pixels: Uint8Array,
    public label: string,
  ) {}

  update(layout: GridLayout, pixels: Uint8Array, label: string): void {
    this.layout = layout;
    this.pixels = pixels;
    this.label = label;
    this.version++;
    for (const l of this.listeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
