import { createElement as h, Fragment, isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { extract } from './children';
import { Choice, Explain } from './parts';

const Other = ({ children }: { children?: unknown }) => h('div', null, children as never);

describe('extract', () => {
  it('pulls markers out in document order and keeps the rest', () => {
    const children = [h('p', { key: 1 }, 'Question?'), h(Choice, { key: 2, correct: true }, 'a'), h(Choice, { key: 3 }, 'b')];
    const { found, rest } = extract(children, [Choice]);
    expect(found.map((c) => (c.props as { children: string }).children)).toEqual(['a', 'b']);
    expect((rest as ReactElement[]).map((e) => e.type)).toEqual(['p']);
  });

  it('finds a marker MDX put inside a paragraph, and drops the paragraph it leaves empty', () => {
    const inline = h('p', null, 'Reached exactly at disjoint supports. ', h(Explain, null, 'why'));
    const alone = h('p', null, '\n', h(Explain, null, 'only this'), ' ');
    const { found, rest } = extract([inline, alone], [Explain]);
    expect(found).toHaveLength(2);
    const kept = rest as ReactElement<{ children: unknown }>[];
    expect(kept).toHaveLength(1);
    expect(kept[0]!.props.children).toBe('Reached exactly at disjoint supports. ');
  });

  it('looks inside fragments but not inside other components', () => {
    const nested = h(Other, null, h(Explain, null, 'belongs to Other'));
    const { found, rest } = extract(h(Fragment, null, nested, h(Explain, null, 'mine')), [Explain]);
    expect(found).toHaveLength(1);
    expect((found[0]!.props as { children: string }).children).toBe('mine');
    expect(isValidElement(rest) || Array.isArray(rest)).toBe(true);
  });

  it('returns null when only whitespace is left', () => {
    expect(extract(['\n', h(Explain, null, 'x'), '  '], [Explain]).rest).toBeNull();
  });
});
