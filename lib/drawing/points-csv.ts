import { MAX_DRAWN_POINTS } from './limits';

/**
 * 2-D points to and from CSV text, for the learner's own data set: one point per line, two
 * numbers separated by a comma, semicolon, tab or spaces; an optional header line; `#` comments.
 * Points are kept in the unit square the drawing canvas shows, so data in any other range is
 * scaled into [0.05, 0.95]² (keeping its aspect ratio) and the result says so.
 */

export type Point = [number, number];

export type CsvResult = { ok: true; points: Point[]; notes: string[] } | { ok: false; error: string };

/** Larger files are refused before reading: a real 2-D data set of 2,000 points is under 50 KB. */
export const MAX_CSV_BYTES = 1_000_000;

const MARGIN = 0.05;
const HEADER_NAME = /^"?[A-Za-z_][\w .-]*"?$/;

export function parsePointsCsv(text: string): CsvResult {
  if (text.length > MAX_CSV_BYTES) {
    return { ok: false, error: `The file is ${(text.length / 1e6).toFixed(1)} MB; at most ${MAX_CSV_BYTES / 1e6} MB is read.` };
  }
  const points: Point[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/#.*/, '').trim();
    if (line === '') continue;
    const fields = line.split(/\s*[,;\t]\s*|\s+/).filter((f) => f !== '');
    const numbers = fields.map(Number);
    const numeric = fields.length > 0 && numbers.every((n, j) => fields[j] !== '' && Number.isFinite(n));
    // A first line of two names ("x,y") is a header.
    if (!numeric && points.length === 0 && fields.length === 2 && fields.every((f) => HEADER_NAME.test(f))) continue;
    if (!numeric || fields.length !== 2) {
      const shown = lines[i]!.length > 40 ? `${lines[i]!.slice(0, 40)}…` : lines[i]!;
      return { ok: false, error: `Line ${i + 1}: expected two numbers ("x,y"), got "${shown}".` };
    }
    points.push([numbers[0]!, numbers[1]!]);
  }
  if (points.length === 0) return { ok: false, error: 'No points found: write one "x,y" pair of numbers per line.' };
  const notes: string[] = [];
  let kept = points;
  if (points.length > MAX_DRAWN_POINTS) {
    kept = points.slice(0, MAX_DRAWN_POINTS);
    notes.push(`Kept the first ${MAX_DRAWN_POINTS.toLocaleString('en')} of ${points.length.toLocaleString('en')} points.`);
  }
  const scaled = fitUnitSquare(kept);
  if (scaled !== kept) notes.push('The points were scaled to fit the canvas (0 to 1 on both axes).');
  return { ok: true, points: scaled, notes };
}

/** The points themselves when they lie in [0, 1]², else scaled and centred into [0.05, 0.95]². */
function fitUnitSquare(points: Point[]): Point[] {
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    [xMin, xMax, yMin, yMax] = [Math.min(xMin, x), Math.max(xMax, x), Math.min(yMin, y), Math.max(yMax, y)];
  }
  if (xMin >= 0 && xMax <= 1 && yMin >= 0 && yMax <= 1) return points;
  const span = Math.max(xMax - xMin, yMax - yMin) || 1;
  const scale = (1 - 2 * MARGIN) / span;
  const [xMid, yMid] = [(xMin + xMax) / 2, (yMin + yMax) / 2];
  return points.map(([x, y]) => [0.5 + (x - xMid) * scale, 0.5 + (y - yMid) * scale]);
}

export function formatPointsCsv(points: readonly Point[]): string {
  return ['x,y', ...points.map(([x, y]) => `${round(x)},${round(y)}`)].join('\n') + '\n';
}

const round = (v: number) => Number(v.toFixed(4));
