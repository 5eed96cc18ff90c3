import { describe, expect, it } from 'vitest';
import { inlineMathToHtml } from './inline-math';

describe('inlineMathToHtml (learning objectives)', () => {
  it('typesets each $…$ span with KaTeX and keeps MathML for screen readers', () => {
    const html = inlineMathToHtml('Derive $D^* = p$ and show $V \\le 0$');
    expect(html.startsWith('Derive <span class="katex">')).toBe(true);
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html).toContain('<math');
    expect(html).toContain(' and show ');
  });
  it('escapes the text outside math', () => {
    expect(inlineMathToHtml('a < b & c')).toBe('a &lt; b &amp; c');
  });
  it('names the string when a $ is unmatched or the TeX is bad', () => {
    expect(() => inlineMathToHtml('costs $5')).toThrow('unmatched $ in "costs $5"');
    expect(() => inlineMathToHtml('see $\\frac{1$')).toThrow('bad math $\\frac{1$');
  });
});
