import { describe, expect, it } from 'vitest';
import { explainUndeclared, explainedText } from './declarations';
import type { PageCell } from './client';

const cell = (id: string, code: string, ran = false): PageCell => ({ id, code, ran, element: null });

const page = [
  cell('fit-setup', 'const xs = tf.tensor1d([1, 2]);\nconst { mu, sigma } = start();'),
  cell('helpers', 'function nll() { const local = 1; return local; }', true),
  cell('fit', 'print(mu, nll());'),
  cell('later', 'const late = 1;'),
];

const explain = (name: string, current = 'fit', cells = page) => {
  const help = explainUndeclared(name, cells, current);
  return { text: explainedText(help.message), runFirst: help.runFirst };
};

describe('explainUndeclared', () => {
  it('names the cell above that declares the name and has not run, and offers to run it first', () => {
    expect(explain('mu')).toEqual({
      text: '`mu` is declared in cell `fit-setup` above, which has not run since the kernel started.',
      runFirst: 'fit-setup',
    });
  });

  it('says so when that cell ran but its last run did not declare the name', () => {
    const ran = page.map((c) => (c.id === 'fit-setup' ? { ...c, ran: true } : c));
    expect(explain('sigma', 'fit', ran).text).toBe(
      '`sigma` is declared in cell `fit-setup` above, but its last run did not get as far as declaring it.',
    );
  });

  it('prefers the nearest cell above, then this cell, then a cell below', () => {
    const cells = [cell('a', 'let v = 1;'), cell('b', 'let v = 2;'), cell('c', 'print(v);\nlet v = 3;'), cell('d', 'let w = 1;')];
    expect(explain('v', 'c', cells).runFirst).toBe('b');
    expect(explain('v', 'c', cells.slice(2))).toEqual({
      text: '`v` is declared in this cell on line 2, and can only be used once that line has run.',
      runFirst: undefined,
    });
    expect(explain('late')).toEqual({
      text: '`late` is declared in cell `later` below, which has not run since the kernel started.',
      runFirst: 'later',
    });
  });

  it('says when no cell declares the name at top level (a typo, or a name local to a function)', () => {
    expect(explain('local').text).toBe('No cell on this page declares `local` at top level: check its spelling.');
    expect(explain('mu', 'fit', [cell('broken', 'const mu = (;'), page[2]]).runFirst).toBeUndefined();
  });
});
