/**
 * Data and noise for training come from a pre-generated block (GAN Lab calls it an atlas)
 * that is cut into batches when it is made: one upload and one split per few thousand rows,
 * and no kernel at all per step (a strided slice per step cost a quarter of a population's
 * iteration on wasm).
 */
import * as tf from '@tensorflow/tfjs';

/**
 * A stream of batches. `make` returns a block whose first axis counts batches: [K, batch, dim]
 * for one model, [K, P, batch, dim] for a population; a new block is made when one is used up.
 * Batches are kept (tf.keep): they outlive the tidy of the step that uses them.
 */
export class Atlas {
  private batches: tf.Tensor[] = [];
  private cursor = 0;
  constructor(private readonly make: () => tf.Tensor) {}
  next<T extends tf.Tensor = tf.Tensor2D>(): T {
    if (this.cursor >= this.batches.length) {
      this.dispose();
      const block = this.make();
      this.batches = tf.unstack(block).map((t) => tf.keep(t));
      block.dispose();
      this.cursor = 0;
    }
    return this.batches[this.cursor++] as T;
  }
  dispose(): void {
    tf.dispose(this.batches);
    this.batches = [];
  }
}

/**
 * A population's block [K, P, batch, dim] from one [rows, dim] array per member (rows = K·batch),
 * so that batch k of every member is contiguous.
 */
export function interleave(perMember: Float32Array[], batch: number, dim: number): tf.Tensor4D {
  const P = perMember.length;
  const chunk = batch * dim;
  const K = perMember[0].length / chunk;
  const out = new Float32Array(K * P * chunk);
  for (let k = 0; k < K; k++) {
    for (let m = 0; m < P; m++) out.set(perMember[m].subarray(k * chunk, (k + 1) * chunk), (k * P + m) * chunk);
  }
  return tf.tensor4d(out, [K, P, batch, dim]);
}
