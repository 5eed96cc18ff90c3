/**
 * The trained digit generator that ships with the course (`public/models/dcgan-generator.bin`,
 * written by `scripts/train-generator.ts` with the DIGIT_GAN settings), so a learner can look at
 * a well-trained generator, or continue training from it, without waiting.
 */
import { loadAsset } from './assets';
import { convGenerator, type ConvGenerator } from './conv-nets';
import { DIGIT_GAN } from './digit-gan';
import { loadWeights } from './weights';

export const GENERATOR_ASSET = 'models/dcgan-generator.bin';

/** The trained generator (fetched on first use); `meta` holds its training settings. */
export async function loadDigitGenerator(): Promise<ConvGenerator & { meta: Record<string, unknown> }> {
  const bytes = await loadAsset(GENERATOR_ASSET);
  const generator = convGenerator(DIGIT_GAN);
  try {
    const meta = loadWeights(generator, bytes, GENERATOR_ASSET);
    return Object.assign(generator, { meta });
  } catch (error) {
    generator.dispose();
    throw error;
  }
}
