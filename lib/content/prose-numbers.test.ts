import { describe, expect, it } from 'vitest';
import { checkProseNumbers, statedNumbers } from './prose-numbers';

const mdx = `---
title: T
minutes: 5.5
---
import X from './X';

The loss at the start is $2\\log 2 \\approx 1.386$, and it falls to −0.25 after 3 steps.

\`\`\`js cell id="a"
print(0.123);
\`\`\`
<Param name="h" min={0.05} max={2} value={0.4} />
<Numeric answer={0.6} tolerance={0.01} />
`;

describe('statedNumbers', () => {
  it('finds decimals in prose, math and quiz props, with their lines, and nothing in code, frontmatter or sliders', () => {
    expect(statedNumbers(mdx)).toEqual([
      { text: '1.386', line: 7 },
      { text: '-0.25', line: 7 },
      { text: '0.6', line: 13 },
      { text: '0.01', line: 13 },
    ]);
  });
  it('reads a minus sign after a TeX command as a sign, and a range as two numbers', () => {
    expect(statedNumbers('$V = -\\log 4 \\approx-1.386$; h in 0.5-2.5, not v2.1 or 16.4.5').map((s) => s.text)).toEqual([
      '-1.386',
      '0.5',
      '2.5',
    ]);
  });
});

describe('checkProseNumbers', () => {
  const good = [
    { text: '1.386', value: 2 * Math.log(2), why: '2 log 2' },
    { text: '-0.25', value: () => -1 / 4, why: 'a quarter' },
    { text: '0.6', value: 0.6, why: 'answer' },
    { text: '0.01', value: 0.01, why: 'tolerance' },
    { text: '3', value: 3, why: 'steps' },
  ];
  it('passes when every stated number rounds to its computation', async () => {
    expect(await checkProseNumbers(mdx, good)).toEqual([]);
  });
  it('fails, naming the line, when the prose and the computation disagree', async () => {
    const drifted = good.map((c) => (c.text === '1.386' ? { ...c, value: 1.95 * Math.log(2) } : c));
    expect(await checkProseNumbers(mdx, drifted)).toEqual([
      `line 7: the prose says 1.386 (2 log 2), the computation gives ${1.95 * Math.log(2)}`,
    ]);
  });
  it('fails when a decimal in the prose is not listed, or a listed number left the prose', async () => {
    const problems = await checkProseNumbers(mdx, [...good.filter((c) => c.text !== '0.6'), { text: '7', value: 7, why: 'gone' }]);
    expect(problems).toEqual([
      'line 13: 0.6 is stated but not in numbers.node.ts; add it with the helper that computes it',
      '7 (gone) is in numbers.node.ts but not in the prose; remove it or restore the text',
    ]);
  });
  it('accepts an "about" claim within its stated tolerance only', async () => {
    const about = good.map((c) => (c.text === '1.386' ? { ...c, value: 1.39, within: 0.01 } : c));
    expect(await checkProseNumbers(mdx, about)).toEqual([]);
    const tooFar = good.map((c) => (c.text === '1.386' ? { ...c, value: 1.41, within: 0.01 } : c));
    expect(await checkProseNumbers(mdx, tooFar)).toHaveLength(1);
  });
});
