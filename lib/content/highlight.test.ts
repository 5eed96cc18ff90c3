import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOURED_TOKENS, highlightJs } from './highlight';
import { wrapIndent } from './wrap-indent';

/** The text a browser shows for the HTML: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('wrapIndent', () => {
  it('is the width of the leading spaces, with tabs to the next stop of 2', () => {
    expect(wrapIndent('    return x;')).toBe('4ch');
    expect(wrapIndent('\treturn x;')).toBe('2ch');
    expect(wrapIndent(' \tx')).toBe('2ch');
    expect(wrapIndent('   \tx')).toBe('4ch');
  });
  it('is null for a line that starts with code, and for a blank line', () => {
    expect(wrapIndent('const a = 1;')).toBeNull();
    expect(wrapIndent('')).toBeNull();
    expect(wrapIndent('    ')).toBeNull();
  });
});

describe('highlightJs', () => {
  const code = 'function f(a) {\n  // a < b && c\n  return `x\n    y`;\n\n}';

  it('keeps the code text exactly, line breaks included', () => {
    expect(textOf(highlightJs(code))).toBe(code);
  });

  it('gives each indented line, and only those, its indent for wrapping', () => {
    const lines = highlightJs(code).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => /^<span class="code-line" style="--indent:(\d+ch)">/.exec(l)?.[1] ?? null)).toEqual([
      null,
      '2ch',
      '2ch',
      '4ch',
      null,
      null,
    ]);
  });

  it('escapes markup in the code', () => {
    expect(highlightJs('const s = "<img src=x onerror=alert(1)>";')).not.toContain('<img');
  });
});

describe('coloured tokens', () => {
  it('are exactly the token selectors cell.css colours', () => {
    const css = fs.readFileSync(path.join(__dirname, '../../components/cell/cell.css'), 'utf8');
    const selectors = new Set<string>();
    for (const rule of css.matchAll(/([^{}]+)\{[^}]*\bcolor:/g)) {
      for (const selector of rule[1].split(',')) {
        const classes = selector.match(/\.tok-[A-Za-z0-9]+/g);
        if (classes) selectors.add(classes.map((c) => c.slice(1)).join(' '));
      }
    }
    expect([...selectors].sort()).toEqual(COLOURED_TOKENS.map((s) => s.join(' ')).sort());
  });

  it('keep their span with every class; uncoloured tokens become plain text', () => {
    const html = highlightJs('const total = xs.length + 1; // n');
    expect(html).toContain('<span class="tok-keyword">const</span>');
    expect(html).toContain('<span class="tok-variableName tok-definition">total</span>');
    expect(html).toContain('<span class="tok-number">1</span>');
    expect(html).toContain('<span class="tok-comment">// n</span>');
    // xs, length, =, + and ; have no colour of their own.
    expect(html).toContain(' = xs.length + ');
    expect(html).not.toMatch(/tok-(punctuation|operator|propertyName"|variableName")/);
  });
});
