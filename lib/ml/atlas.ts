/**
 * Data and noise for training come from a pre-generated block (GAN Lab calls it an atlas)
 * that is sliced per batch: one upload per few thousand rows instead of one per step.
 */
import * as tf from '@tensorflow/tfjs';

/** A stream of [batch, dim] slices of a pre-generated block, regenerated when used up (tf.keep: it outlives the tidy of the step that triggers it). */
export class Atlas {
  private block: tf.Tensor2D | null = null;
  private cursor = 0;
  constructor(
    private readonly make: () => tf.Tensor2D,
    private readonly batch: number,
  ) {}
  next(): tf.Tensor2D {
    if (!this.block || this.cursor + this.batch > this.block.shape[0]) {
      this.block?.dispose();
      this.block = tf.keep(this.make());
      this.cursor = 0;
    }
    const s = this.block.slice([this.cursor, 0], [this.batch, this.block.shape[1]]);
    this.cursor += this.batch;
    return s;
  }
  dispose(): void {
    this.block?.dispose();
    this.block = null;
  }
}
