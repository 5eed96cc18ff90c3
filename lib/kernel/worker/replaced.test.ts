import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeReplaced, valuesBefore } from './replaced';

const scope = globalThis as Record<string, unknown>;
const names = ['weights', 'alias', 'optimizer', 'pair', 'count'];

afterEach(() => {
  for (const n of names) {
    tf.dispose(scope[n] as tf.Tensor);
    delete scope[n];
  }
});

describe('disposeReplaced', () => {
  it('frees tensors, tensor arrays and disposable objects that a re-run replaced', () => {
    scope.weights = tf.tidy(() => tf.variable(tf.zeros([3])));
    scope.pair = [tf.scalar(1), tf.scalar(2)];
    const disposed: string[] = [];
    scope.optimizer = { dispose: () => disposed.push('optimizer') };
    const start = tf.memory().numTensors;

    const before = valuesBefore(['weights', 'pair', 'optimizer']);
    scope.weights = tf.tidy(() => tf.variable(tf.ones([3])));
    scope.pair = [tf.scalar(3), tf.scalar(4)];
    scope.optimizer = { dispose: () => disposed.push('new optimizer') };
    disposeReplaced(before);

    expect(tf.memory().numTensors).toBe(start);
    expect((scope.weights as tf.Variable).dataSync()).toEqual(new Float32Array([1, 1, 1]));
    expect(disposed).toEqual(['optimizer']);
  });

  it('keeps a value the run did not replace, or that another name still holds', () => {
    scope.weights = tf.scalar(1);
    scope.alias = tf.scalar(2);
    const before = valuesBefore(['weights', 'alias']);
    scope.weights = scope.alias;
    scope.alias = tf.scalar(3);
    disposeReplaced(before);
    expect((scope.weights as tf.Tensor).isDisposed).toBe(false);
    expect((scope.weights as tf.Tensor).dataSync()[0]).toBe(2);
  });

  it('leaves names that held no object, and survives a dispose() that throws', () => {
    scope.count = 1;
    scope.optimizer = {
      dispose: () => {
        throw new Error('broken');
      },
    };
    const before = valuesBefore(['count', 'optimizer', 'weights']);
    scope.count = 2;
    scope.optimizer = {};
    expect(() => disposeReplaced(before)).not.toThrow();
    expect(before.has('weights')).toBe(false);
  });
});
