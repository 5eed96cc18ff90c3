/**
 * A dependency-free dense network on Float32Arrays with hand-written backpropagation.
 * It exists only as the overhead-free yardstick for the tfjs trainer: same model, same update
 * rule, no framework, so the benchmark can report how close tfjs gets.
 */
export type OutputActivation = 'tanh' | 'linear';

export interface Layer {
  nIn: number;
  nOut: number;
  /** Row-major [nIn][nOut]. */
  w: Float32Array;
  b: Float32Array;
}

export interface ForwardCache {
  batch: number;
  /** inputs[l] is the input of layer l; inputs[L] is the network's output. */
  inputs: Float32Array[];
}

export interface Gradients {
  w: Float32Array[];
  b: Float32Array[];
  /** Gradient with respect to the network's input. */
  input: Float32Array;
}

export class ReferenceMlp {
  readonly layers: Layer[];

  constructor(
    sizes: number[],
    readonly output: OutputActivation,
    normal: () => number,
  ) {
    this.layers = [];
    for (let l = 0; l + 1 < sizes.length; l++) {
      const nIn = sizes[l];
      const nOut = sizes[l + 1];
      const w = new Float32Array(nIn * nOut);
      // LeCun normal initialisation, N(0, 1/fan_in), as the ganlab-default preset uses.
      const scale = Math.sqrt(1 / nIn);
      for (let i = 0; i < w.length; i++) w[i] = normal() * scale;
      this.layers.push({ nIn, nOut, w, b: new Float32Array(nOut) });
    }
  }

  forward(x: Float32Array, batch: number): ForwardCache {
    const inputs = [x];
    let a = x;
    this.layers.forEach((layer, l) => {
      const last = l === this.layers.length - 1;
      const y = new Float32Array(batch * layer.nOut);
      for (let n = 0; n < batch; n++) {
        for (let j = 0; j < layer.nOut; j++) {
          let s = layer.b[j];
          for (let i = 0; i < layer.nIn; i++) s += a[n * layer.nIn + i] * layer.w[i * layer.nOut + j];
          y[n * layer.nOut + j] = last ? (this.output === 'tanh' ? Math.tanh(s) : s) : s > 0 ? s : 0;
        }
      }
      inputs.push(y);
      a = y;
    });
    return { batch, inputs };
  }

  /** `gradOut` is dLoss/dOutput (after the output activation). */
  backward(cache: ForwardCache, gradOut: Float32Array): Gradients {
    const { batch, inputs } = cache;
    const L = this.layers.length;
    const gw: Float32Array[] = new Array(L);
    const gb: Float32Array[] = new Array(L);
    let g = Float32Array.from(gradOut);
    for (let l = L - 1; l >= 0; l--) {
      const layer = this.layers[l];
      const out = inputs[l + 1];
      // Through the activation: tanh' = 1 − y², ReLU' = [y > 0].
      for (let k = 0; k < g.length; k++) {
        if (l === L - 1) g[k] *= this.output === 'tanh' ? 1 - out[k] * out[k] : 1;
        else if (out[k] <= 0) g[k] = 0;
      }
      const a = inputs[l];
      const w = new Float32Array(layer.w.length);
      const b = new Float32Array(layer.nOut);
      const gin = new Float32Array(batch * layer.nIn);
      for (let n = 0; n < batch; n++) {
        for (let j = 0; j < layer.nOut; j++) {
          const gj = g[n * layer.nOut + j];
          if (gj === 0) continue;
          b[j] += gj;
          for (let i = 0; i < layer.nIn; i++) {
            w[i * layer.nOut + j] += a[n * layer.nIn + i] * gj;
            gin[n * layer.nIn + i] += layer.w[i * layer.nOut + j] * gj;
          }
        }
      }
      gw[l] = w;
      gb[l] = b;
      g = gin;
    }
    return { w: gw, b: gb, input: g };
  }

  sgd(grads: Gradients, lr: number): void {
    this.layers.forEach((layer, l) => {
      for (let i = 0; i < layer.w.length; i++) layer.w[i] -= lr * grads.w[l][i];
      for (let j = 0; j < layer.b.length; j++) layer.b[j] -= lr * grads.b[l][j];
    });
  }
}
