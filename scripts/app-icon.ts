/**
 * The installed app's icon as a PNG, drawn in code: the mark of app/icon.svg (a white zigzag
 * "M" on the course blue), full-bleed so that it also serves as a maskable icon, with the mark
 * inside the central circle (radius 40 % of the side) that every mask shape keeps.
 * scripts/make-icons.ts writes the files; the web manifest (app/manifest.ts) lists them.
 */
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x5f, 0xbf] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** app/icon.svg's polyline, in its 32-unit box, and its stroke width. */
const MARK: [number, number][] = [
  [6, 23],
  [11, 9],
  [16, 19],
  [21, 9],
  [26, 23],
];
const STROKE = 3;
/** The mark drawn at 80 % of the SVG's scale keeps it within the maskable safe zone. */
const MARK_SCALE = 0.8;

function distanceToSegment(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** RGB pixels, row by row: the mark anti-aliased by each pixel's distance to the stroke. */
export function drawIcon(size: number): Uint8Array {
  const unit = (size / 32) * MARK_SCALE;
  const points = MARK.map(([x, y]): [number, number] => [size / 2 + (x - 16) * unit, size / 2 + (y - 16) * unit]);
  const halfWidth = (STROKE / 2) * unit;
  const pixels = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let d = Infinity;
      for (let i = 1; i < points.length; i++) d = Math.min(d, distanceToSegment(x + 0.5, y + 0.5, points[i - 1], points[i]));
      const cover = Math.max(0, Math.min(1, halfWidth + 0.5 - d));
      for (let c = 0; c < 3; c++) pixels[(y * size + x) * 3 + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * cover);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGB PNG of square `pixels` (as `drawIcon` returns them). */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter, no interlace
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) rows.set(pixels.subarray(y * size * 3, (y + 1) * size * 3), y * (1 + size * 3) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The sizes the web manifest lists (Chromium asks for 192 and 512 to offer installing). */
export const ICON_SIZES = [192, 512] as const;
