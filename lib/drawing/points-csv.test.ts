import { describe, expect, it } from 'vitest';
import { formatPointsCsv, MAX_CSV_BYTES, parsePointsCsv } from './points-csv';
import { MAX_DRAWN_POINTS } from './limits';

describe('parsePointsCsv', () => {
  it('reads comma, semicolon, tab and space separated pairs, a header line and comments', () => {
    const r = parsePointsCsv('x,y\n0.1,0.2\n0.3;0.4\n0.5\t0.6\n 0.7   0.8 # a comment\n\n');
    expect(r).toEqual({
      ok: true,
      points: [
        [0.1, 0.2],
        [0.3, 0.4],
        [0.5, 0.6],
        [0.7, 0.8],
      ],
      notes: [],
    });
  });

  it('round-trips what it writes', () => {
    const points: [number, number][] = [
      [0.125, 0.5],
      [0.9, 0.0625],
    ];
    expect(parsePointsCsv(formatPointsCsv(points))).toEqual({ ok: true, points, notes: [] });
  });

  it.each([
    ['a line with one number', '0.1,0.2\n0.3\n', /^Line 2: expected two numbers/],
    ['a line with three numbers', '0.1,0.2,0.3\n', /^Line 1: expected two numbers/],
    ['a word after the first line', '0.1,0.2\nfoo,0.3\n', /^Line 2: expected two numbers \("x,y"\), got "foo,0.3"/],
    ['an infinite value', '0.1,Infinity\n', /^Line 1/],
    ['NaN', 'NaN,0.5\n', /^Line 1/],
    ['an empty file', '', /^No points found/],
    ['only a header', 'x,y\n', /^No points found/],
    ['binary data', '\u0000\u0001PNG\u0002', /^Line 1/],
  ])('refuses %s with a message that says where', (_, text, message) => {
    const r = parsePointsCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a file larger than the limit without reading it', () => {
    const r = parsePointsCsv('0.1,0.2\n'.repeat(MAX_CSV_BYTES / 8 + 1));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/MB; at most 1 MB is read/) });
  });

  it('keeps the first MAX_DRAWN_POINTS points of a longer file and says so', () => {
    const r = parsePointsCsv(Array.from({ length: MAX_DRAWN_POINTS + 10 }, (_, i) => `${i / 1e4},0.5`).join('\n'));
    expect(r.ok && r.points.length).toBe(MAX_DRAWN_POINTS);
    expect(r.ok && r.notes).toEqual([`Kept the first 2,000 of 2,010 points.`]);
  });

  it('scales data outside the unit square into it, keeping the aspect ratio, and says so', () => {
    const r = parsePointsCsv('-10,0\n10,0\n0,5\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.notes).toEqual(['The points were scaled to fit the canvas (0 to 1 on both axes).']);
    const [[x0, y0], [x1, y1], [x2, y2]] = r.points as [number, number][];
    expect(x0).toBeCloseTo(0.05, 10);
    expect(x1).toBeCloseTo(0.95, 10);
    // The x span (20) maps to 0.9, so the y span (5) maps to 0.225, centred on 0.5.
    expect(y0).toBeCloseTo(0.5 - 0.1125, 10);
    expect(y1).toBeCloseTo(0.5 - 0.1125, 10);
    expect(x2).toBeCloseTo(0.5, 10);
    expect(y2).toBeCloseTo(0.5 + 0.1125, 10);
  });
});
