import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { displayItem, formatValue, printItem, tensorBalance } from './format';

describe('print and display formatting', () => {
  it('prints values separated by spaces, strings bare and numbers at full precision', () => {
    expect(printItem(['loss', 0.1 + 0.2, [1, 'a'], { k: -0 }])).toEqual({
      kind: 'text',
      text: 'loss 0.30000000000000004 [1, "a"] {k: -0}',
    });
  });

  it('shortens long arrays with a count of what was left out', () => {
    const text = formatValue(Array.from({ length: 105 }, (_, i) => i));
    expect(text.endsWith(', 99, … 5 more]')).toBe(true);
  });

  it('shows a tensor with its dtype, shape and nested values', () => {
    const t = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    expect(displayItem(t)).toEqual({ kind: 'tensor', shape: [2, 2], dtype: 'float32', text: '[[1, 2],\n [3, 4]]' });
    expect(formatValue(t)).toBe('Tensor float32 [2, 2]\n[[1, 2],\n [3, 4]]');
    t.dispose();
  });

  it('displays an array of objects as a table with the union of their keys', () => {
    expect(
      displayItem([
        { a: 1, b: 'x' },
        { a: 2, c: true },
      ]),
    ).toEqual({
      kind: 'table',
      columns: ['a', 'b', 'c'],
      rows: [
        ['1', 'x', ''],
        ['2', '', 'true'],
      ],
      omitted: 0,
    });
  });

  it('displays a plain object as a key/value table', () => {
    expect(displayItem({ mean: 0.5 })).toEqual({ kind: 'table', columns: ['key', 'value'], rows: [['mean', '0.5']], omitted: 0 });
  });
});

describe('tensorBalance', () => {
  const text = (c: Parameters<typeof tensorBalance>[0]) =>
    tensorBalance(c)
      .map((p) => (p.leak ? `[${p.text}]` : p.text))
      .join(' · ');

  it('says how many tensors a run left behind, marking only a leak', () => {
    expect(text({ leaked: 0 })).toBe('no tensors leaked');
    expect(text({ leaked: 1 })).toBe('[1 tensor leaked]');
    expect(text({ leaked: 3 })).toBe('[3 tensors leaked]');
    expect(text({ leaked: 0, freed: 20 })).toBe('20 tensors freed · no tensors leaked');
  });

  it('tells tensors kept by top-level names from leaked ones, naming a few of the names', () => {
    expect(text({ leaked: 0, kept: 9, keptBy: ['xs', 'mu', 'logSigma', 'optimizer'] })).toBe(
      '9 tensors kept by top-level names (xs, mu, logSigma, …) · 0 leaked',
    );
    expect(text({ leaked: 2, kept: 1, keptBy: ['mu'] })).toBe('1 tensor kept by top-level name (mu) · [2 leaked]');
    expect(text({ leaked: 0, kept: 9, keptBy: ['xs', 'mu'], freed: 9 })).toBe(
      '9 tensors kept by top-level names (xs, mu) · 9 tensors freed · 0 leaked',
    );
  });
});
