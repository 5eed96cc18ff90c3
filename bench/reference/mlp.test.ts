import { describe, expect, it } from 'vitest';
import { ReferenceMlp } from './mlp';
import { ReferenceGanLab } from './ganlab-reference';

function seededNormal(seed: number) {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    const u = s / 2147483647;
    s = (s * 16807) % 2147483647;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos((2 * Math.PI * s) / 2147483647);
  };
}

describe('reference MLP backpropagation', () => {
  it('matches central finite differences of a scalar loss', () => {
    const net = new ReferenceMlp([2, 5, 3], 'tanh', seededNormal(7));
    const x = Float32Array.from([0.3, -0.2, 0.9, 0.4]);
    // Loss = sum of outputs weighted by fixed coefficients.
    const coef = Float32Array.from([0.5, -1, 2, 1, 0.3, -0.7]);
    const loss = () =>
      net
        .forward(x, 2)
        .inputs.at(-1)!
        .reduce((s, v, i) => s + v * coef[i], 0);
    const grads = net.backward(net.forward(x, 2), coef);
    const eps = 1e-2;
    for (const [l, i] of [
      [0, 0],
      [0, 7],
      [1, 4],
      [1, 14],
    ]) {
      const w = net.layers[l].w;
      const keep = w[i];
      w[i] = keep + eps;
      const up = loss();
      w[i] = keep - eps;
      const down = loss();
      w[i] = keep;
      expect(grads.w[l][i]).toBeCloseTo((up - down) / (2 * eps), 2);
    }
  });
});

describe('reference GAN Lab model', () => {
  it('moves generated samples towards the data mean (0.5, 0.55)', () => {
    const gan = new ReferenceGanLab(1);
    const distance = () => {
      const x = gan.generate();
      let mx = 0;
      let my = 0;
      for (let n = 0; n < x.length / 2; n++) {
        mx += x[2 * n];
        my += x[2 * n + 1];
      }
      return Math.hypot(mx / (x.length / 2) - 0.5, my / (x.length / 2) - 0.55);
    };
    expect(distance()).toBeGreaterThan(0.3);
    for (let i = 0; i < 3000; i++) gan.iteration();
    expect(distance()).toBeLessThan(0.08);
  });
});
