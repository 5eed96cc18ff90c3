/**
 * Trains the course's digit GAN (lib/ml/digit-gan.ts settings, fixed seed) on the 8,000
 * training digits and writes the generator to public/models/dcgan-generator.bin, printing
 * the classifier's verdict on 256 samples as it goes. Both learning rates decay linearly to 0
 * over the run (`lrDecayOver`), so the generator saved at the end is not caught mid-swing: at a
 * constant rate the verdict moves by several points from one report to the next. About 21 min
 * on one core. Run: `npx tsx scripts/train-generator.ts [iterations] [report every] [output file]`.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fs from 'node:fs';
import path from 'node:path';
import { loadDigitClassifier } from '../lib/ml/digit-classifier';
import { DIGIT_GAN, digitQuality } from '../lib/ml/digit-gan';
import { ImageGan } from '../lib/ml/image-gan';
import { mnist } from '../lib/ml/mnist';
import { PUBLIC_DIR, useNodeAssets } from '../lib/ml/node-assets';
import { registerWasmConvGradients } from '../lib/ml/wasm-conv-grad';
import { saveWeights } from '../lib/ml/weights';
import { GENERATOR_ASSET } from '../lib/ml/checkpoint';

// The shipped checkpoint is this run at its default length (see README, "Data and trained weights").
const iterations = Number(process.argv[2] ?? 30000);
const every = Number(process.argv[3] ?? 1000);
const settings = { ...DIGIT_GAN, lrDecayOver: iterations };

registerWasmConvGradients();
useNodeAssets();
await tf.setBackend('wasm');
console.log('train-generator: settings', JSON.stringify({ ...settings, iterations, backend: 'wasm' }));
// The verdicts are a report, not part of training: without the classifier, train anyway.
const classifier = await loadDigitClassifier().catch((error: Error) => {
  console.log(`train-generator: no classifier verdicts (${error.message})`);
  return null;
});
const data = await mnist({ size: DIGIT_GAN.size, split: 'train' });
const gan = new ImageGan(data.images, settings);
let last: Awaited<ReturnType<typeof digitQuality>> | null = null;
const out = process.argv[4] ?? path.join(PUBLIC_DIR, GENERATOR_ASSET);
const save = () => fs.writeFileSync(out, saveWeights(gan.generator, { ...settings, iterations: gan.iteration, quality: last }));
const start = Date.now();
await gan.train({
  iterations,
  reportEvery: every,
  onReport: async (r) => {
    last = classifier && (await digitQuality(classifier, gan.generator));
    const verdict = last
      ? `, confident ${(last.confidentShare * 100).toFixed(1)}%, smallest class ${(last.minClassShare * 100).toFixed(1)}%`
      : '';
    console.log(
      `it ${r.iteration}: D ${r.dLoss.toFixed(3)} G ${r.gLoss.toFixed(3)}${verdict}, ${((Date.now() - start) / 1000).toFixed(0)} s`,
    );
    save(); // a long run stopped early still leaves its latest generator
  },
});
save();
console.log(`train-generator: ${fs.statSync(out).size} bytes → ${path.relative(process.cwd(), out)}`);
