import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keptTensors, openCensus } from './tensor-census';
import { disposeReplaced, valuesBefore } from './replaced';

const scope = globalThis as Record<string, unknown>;
const shared = ['xs', 'mu', 'logSigma', 'optimizer', 'model'];
const roots = () => shared.filter((n) => n in scope).map((n) => [n, scope[n]] as const);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(() => {
  for (const n of shared) {
    const v = scope[n] as { dispose?: () => void } | undefined;
    v?.dispose?.();
    delete scope[n];
  }
});

/** What the fit-gaussian cell of the first chapter declares: data, two variables, an optimizer. */
function fitGaussian(): void {
  scope.xs = tf.tensor1d([1.5, 2, 2.5]);
  scope.mu = tf.tidy(() => tf.variable(tf.scalar(0)));
  scope.logSigma = tf.tidy(() => tf.variable(tf.scalar(0)));
  const optimizer = tf.train.adam(0.05);
  scope.optimizer = optimizer;
  for (let i = 0; i < 3; i++) {
    const loss = optimizer.minimize(
      () =>
        tf.tidy(() =>
          (scope.xs as tf.Tensor)
            .sub(scope.mu as tf.Tensor)
            .div(tf.exp(scope.logSigma as tf.Tensor))
            .square()
            .mean(),
        ),
      true,
    );
    loss?.dispose();
  }
}

describe('openCensus', () => {
  it('counts tensors held by top-level names as kept, not leaked', () => {
    const census = openCensus();
    fitGaussian();
    const counts = census(roots());
    // xs, mu, logSigma, and Adam's two moments per variable and its two beta powers.
    expect(counts).toEqual({ leaked: 0, kept: 9, keptBy: ['xs', 'mu', 'logSigma', 'optimizer'], freed: 0 });
  });

  it('counts a tensor no name holds as leaked', () => {
    const census = openCensus();
    scope.mu = tf.scalar(1);
    const stray = tf.ones([2]);
    expect(census(roots())).toMatchObject({ leaked: 1, kept: 1, keptBy: ['mu'] });
    stray.dispose();
  });

  it('counts the old values a re-run frees, and keeps the new ones', () => {
    fitGaussian();
    const names = ['xs', 'mu', 'logSigma', 'optimizer'];
    const census = openCensus();
    const before = valuesBefore(names);
    fitGaussian();
    disposeReplaced(before);
    expect(census(roots())).toEqual({ leaked: 0, kept: 9, keptBy: names, freed: 9 });
  });

  it('does not count tensors made before the run as kept by it', () => {
    scope.mu = tf.scalar(1);
    const census = openCensus();
    scope.xs = tf.scalar(2);
    expect(census(roots())).toMatchObject({ leaked: 0, kept: 1, keptBy: ['xs'] });
  });
});

describe('keptTensors', () => {
  it('reaches tensors through arrays, maps, sets and object fields, each once, and skips getters and disposed tensors', () => {
    const first = tf.scalar(0);
    const firstId = first.id;
    const a = tf.scalar(1);
    const b = tf.scalar(2);
    const gone = tf.scalar(3);
    gone.dispose();
    let read = false;
    const model = {
      layers: [{ w: a, b }],
      byName: new Map([['a', a]]),
      set: new Set([b, gone]),
      get lazy() {
        read = true;
        return tf.scalar(4);
      },
    };
    expect(
      keptTensors(
        [
          ['model', model],
          ['alias', a],
          ['old', first],
        ],
        firstId + 1,
      ),
    ).toEqual({ kept: 2, keptBy: ['model'] });
    expect(read).toBe(false);
    tf.dispose([first, a, b]);
  });
});

describe('keptTensors on hostile values', () => {
  it('survives a proxy that throws, counting what it holds as not kept', () => {
    const t = tf.scalar(1);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(
      keptTensors(
        [
          ['h', hostile],
          ['t', t],
        ],
        t.id,
      ),
    ).toEqual({ kept: 1, keptBy: ['t'] });
    t.dispose();
  });
});
