import fs from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, drawIcon, encodePng } from './app-icon';

/** Width, height and RGB pixels of a PNG as encodePng writes it (one IDAT, filter 0 on every row). */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatAt = png.indexOf('IDAT', 0, 'latin1');
  const rows = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (1 + width * 3)]).toBe(0);
    pixels.set(rows.subarray(y * (1 + width * 3) + 1, (y + 1) * (1 + width * 3)), y * width * 3);
  }
  return { width, height, pixels };
}

describe('the app icon', () => {
  it('is full-bleed blue with the white mark inside the maskable safe zone', () => {
    const size = 192;
    const pixels = drawIcon(size);
    const at = (x: number, y: number) => [...pixels.subarray((y * size + x) * 3, (y * size + x) * 3 + 3)];
    expect(at(0, 0)).toEqual([0x1f, 0x5f, 0xbf]);
    expect(at(size - 1, size - 1)).toEqual([0x1f, 0x5f, 0xbf]);
    let marked = 0;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        if (at(x, y)[0] === 0x1f) continue;
        marked++;
        expect(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2), `pixel ${x},${y}`).toBeLessThanOrEqual(0.4 * size);
      }
    expect(marked).toBeGreaterThan(size * 4);
  });

  it('encodes to a PNG that decodes to the same pixels', () => {
    const pixels = drawIcon(48);
    expect(decode(encodePng(48, pixels))).toEqual({ width: 48, height: 48, pixels });
  });

  it.each(ICON_SIZES)('public/icons/icon-%i.png is the icon as drawn now (run scripts/make-icons.ts after changing it)', (size) => {
    const { width, height, pixels } = decode(fs.readFileSync(`public/icons/icon-${size}.png`));
    expect([width, height]).toEqual([size, size]);
    expect(Buffer.from(pixels).equals(drawIcon(size))).toBe(true);
  });
});
