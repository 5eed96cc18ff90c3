/**
 * Trains the course's digit classifier (lib/ml/digit-classifier.ts) on the 8,000 training
 * digits at 14×14 and writes public/models/digit-classifier.bin. Deterministic: fixed seed,
 * the asset's fixed order, the cpu-exact wasm kernels. Run: `npx tsx scripts/train-classifier.ts`.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fs from 'node:fs';
import path from 'node:path';
import { digitClassifier, CLASSIFIER_ASSET } from '../lib/ml/digit-classifier';
import { mnist } from '../lib/ml/mnist';
import { PUBLIC_DIR, useNodeAssets } from '../lib/ml/node-assets';
import { rng, setSeed } from '../lib/ml/random';
import { registerWasmConvGradients } from '../lib/ml/wasm-conv-grad';
import { saveWeights } from '../lib/ml/weights';

// phases: each training digit is shrunk to 14×14 four times, averaging the 2×2 blocks that start
// at rows/columns 0 or 1 of the 28×28 original (half-pixel shifts, as real digits vary); the
// first phase is exactly `mnist({ size: 14 })`. shift: each batch then moves by up to this many
// pixels (one random offset per batch), so the classifier does not learn where a digit sits.
const SETTINGS = { seed: 7, epochs: 5, batch: 64, lr: 2e-3, lrDecay: 0.7, phases: 4, shift: 1, size: 14, backend: 'wasm' } as const;

registerWasmConvGradients();
useNodeAssets();
await tf.setBackend(SETTINGS.backend);
setSeed(SETTINGS.seed);
console.log('train-classifier: settings', JSON.stringify(SETTINGS));

const original = await mnist({ size: 28, split: 'train' });
const train = tf.tidy(() => {
  const padded = tf.pad(
    original.images,
    [
      [0, 0],
      [0, 1],
      [0, 1],
      [0, 0],
    ],
    -1,
  );
  const offsets = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ].slice(0, SETTINGS.phases);
  const shrunk = offsets.map(([dy, dx]) => tf.avgPool(tf.slice(padded, [0, dy, dx, 0], [-1, 28, 28, 1]) as tf.Tensor4D, 2, 2, 'valid'));
  return {
    images: tf.keep(tf.concat(shrunk)) as tf.Tensor4D,
    labels: tf.keep(tf.concat(offsets.map(() => original.labels))) as tf.Tensor1D,
    count: original.count * offsets.length,
  };
});
const test = await mnist({ size: SETTINGS.size, split: 'test' });
const model = digitClassifier();
const optimizer = tf.train.adam(SETTINGS.lr);
const oneHot = tf.oneHot(train.labels, 10);

async function accuracy(set: { images: tf.Tensor4D; labels: tf.Tensor1D; count: number }): Promise<number> {
  let right = 0;
  for (let at = 0; at < set.count; at += 1000) {
    const size = Math.min(1000, set.count - at);
    const hits = tf.tidy(() => {
      const predicted = tf.argMax(model.logits(tf.slice(set.images, [at, 0, 0, 0], [size, -1, -1, -1])), 1);
      return tf.sum(tf.cast(tf.equal(predicted, tf.slice(set.labels, [at], [size])), 'float32'));
    });
    right += (await hits.data())[0];
    hits.dispose();
  }
  return right / set.count;
}

const start = Date.now();
for (let epoch = 1; epoch <= SETTINGS.epochs; epoch++) {
  const order = Array.from({ length: train.count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng().int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  let lossSum = 0;
  let batches = 0;
  for (let at = 0; at + SETTINGS.batch <= order.length; at += SETTINGS.batch) {
    const idx = tf.tensor1d(order.slice(at, at + SETTINGS.batch), 'int32');
    const loss = optimizer.minimize(
      () => {
        const s = SETTINGS.shift;
        const [dy, dx] = [rng().int(2 * s + 1), rng().int(2 * s + 1)];
        const padded = tf.pad(
          tf.gather(train.images, idx),
          [
            [0, 0],
            [s, s],
            [s, s],
            [0, 0],
          ],
          -1,
        );
        const x = tf.slice(padded, [0, dy, dx, 0], [-1, SETTINGS.size, SETTINGS.size, 1]) as tf.Tensor4D;
        return tf.losses.softmaxCrossEntropy(tf.gather(oneHot, idx), model.logits(x)) as tf.Scalar;
      },
      true,
      model.variables,
    )!;
    lossSum += (await loss.data())[0];
    batches++;
    tf.dispose([idx, loss]);
  }
  (optimizer as unknown as { learningRate: number }).learningRate *= SETTINGS.lrDecay;
  console.log(
    `epoch ${epoch}: loss ${(lossSum / batches).toFixed(4)}, train accuracy ${(await accuracy(train)).toFixed(4)}, ${((Date.now() - start) / 1000).toFixed(0)} s`,
  );
}

const heldOut = await accuracy(test);
console.log(`train-classifier: held-out accuracy ${heldOut.toFixed(4)} on ${test.count} digits never seen in training`);
const bytes = saveWeights(model, {
  ...SETTINGS,
  heldOutAccuracy: Number(heldOut.toFixed(4)),
  heldOut: test.count,
  trainedOn: original.count,
});
const out = path.join(PUBLIC_DIR, CLASSIFIER_ASSET);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, bytes);
console.log(`train-classifier: ${bytes.length} bytes → ${path.relative(process.cwd(), out)}`);
