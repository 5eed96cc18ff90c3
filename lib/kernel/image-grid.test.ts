import { describe, expect, test } from 'vitest';
import { gridColumns, gridRgba, gridShape, ImageGridModel, toGreyBytes } from './image-grid';
import { reduceRun } from './run-reducer';
import { queuedRun } from './run-state';

describe('image grids', () => {
  test('tensor shapes: [n,h,w,1], [n,h,w] and one [h,w] image; others refused with the shape', () => {
    expect(gridShape([64, 14, 14, 1])).toEqual({ count: 64, height: 14, width: 14 });
    expect(gridShape([3, 28, 20])).toEqual({ count: 3, height: 28, width: 20 });
    expect(gridShape([28, 28])).toEqual({ count: 1, height: 28, width: 28 });
    expect(() => gridShape([8, 14, 14, 3])).toThrow('expected grey images shaped [n, h, w, 1], [n, h, w] or [h, w], got [8, 14, 14, 3]');
    expect(() => gridShape([401, 14, 14])).toThrow('between 1 and 400 images, got 401');
    expect(() => gridShape([2, 100, 100])).toThrow('images at most 64×64, got 100×100');
  });

  test('[−1, 1] maps to 0–255, clamped; NaN is mid-grey; a custom range', () => {
    expect(Array.from(toGreyBytes([-1, 0, 1, -3, 7, NaN]))).toEqual([0, 128, 255, 0, 255, 128]);
    expect(Array.from(toGreyBytes([0, 0.5, 1], [0, 1]))).toEqual([0, 128, 255]);
    expect(() => toGreyBytes([0], [1, 1])).toThrow('range must be [low, high] with high > low, got [1, 1]');
  });

  test('columns: about square by default, never more than the images', () => {
    expect(gridColumns(64)).toBe(8);
    expect(gridColumns(10)).toBe(4);
    expect(gridColumns(5, 8)).toBe(5);
    expect(() => gridColumns(5, 0)).toThrow('cols must be a positive integer, got 0');
  });

  test('RGBA layout: images in rows with 1-pixel transparent gaps', () => {
    // Three 2×1 images in 2 columns: canvas 5 wide (2+1+2), 3 high (1+1+1).
    const grey = Uint8Array.of(10, 11, 20, 21, 30, 31);
    const { width, height, rgba } = gridRgba({ count: 3, height: 1, width: 2, cols: 2, scale: 1 }, grey);
    expect([width, height]).toEqual([5, 3]);
    const px = (x: number, y: number) => Array.from(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    expect(px(0, 0)).toEqual([10, 10, 10, 255]);
    expect(px(2, 0)).toEqual([0, 0, 0, 0]);
    expect(px(4, 0)).toEqual([21, 21, 21, 255]);
    expect(px(1, 2)).toEqual([31, 31, 31, 255]);
    expect(px(3, 2)).toEqual([0, 0, 0, 0]);
  });

  test('the reducer adds a grid once and updates it in place (same state object, new version)', () => {
    const layout = { count: 1, height: 1, width: 1, cols: 1, scale: 1 };
    let state = reduceRun(queuedRun('r1'), { type: 'images', runId: 'r1', gridId: 0, layout, pixels: Uint8Array.of(5), label: 'first' }, 0);
    expect(state.outputs).toHaveLength(1);
    const entry = state.outputs[0];
    if (entry.kind !== 'images') throw new Error('expected an image grid');
    const next = reduceRun(state, { type: 'images', runId: 'r1', gridId: 0, layout, pixels: Uint8Array.of(9), label: 'iteration 100' }, 0);
    expect(next).toBe(state);
    expect(entry.model.label).toBe('iteration 100');
    expect(Array.from(entry.model.pixels)).toEqual([9]);
    expect(entry.model.version).toBe(1);
    state = reduceRun(state, { type: 'images', runId: 'r2', gridId: 1, layout, pixels: Uint8Array.of(1), label: 'other run' }, 0);
    expect(state.outputs).toHaveLength(1);
    expect(new ImageGridModel(3, layout, Uint8Array.of(0), 'x').version).toBe(0);
  });
});
