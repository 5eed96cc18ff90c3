/**
 * The link between numbers a lesson states and the code that computes them. Each chapter lists
 * its stated numbers in `content/<slug>/numbers.node.ts`, each with the value a tested helper (or a
 * seeded run of the chapter's own cell) computes; `checkProseNumbers` fails when a decimal in the
 * prose is not listed, when a listed number is no longer in the prose, or when the computed value
 * does not round to the text. So a prose number cannot drift from its computation unnoticed.
 */

export interface ProseNumber {
  /** As written in the MDX, e.g. "1.386" or "-0.96" (a minus sign − counts as -). */
  text: string;
  /** What it should be, computed from the chapter's helpers or given by the source the prose cites. */
  value: number | (() => number | Promise<number>);
  /** Allowed |value − text|; default half a unit in the text's last decimal (it must round to the text). */
  within?: number;
  /** Where it comes from, for the reader of a failure. */
  why: string;
}

export interface StatedNumber {
  text: string;
  line: number;
}

const normalise = (text: string) => text.replace('−', '-');
const decimalsOf = (text: string) => (text.split('.')[1] ?? '').length;

/**
 * Every decimal number a learner reads: prose, math, quiz text and props, outside fenced code
 * (cells print their own numbers), the frontmatter, imports and `<Param>` slider settings.
 */
export function statedNumbers(mdx: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  const lines = mdx.split('\n');
  let inFence = false;
  let inFrontmatter = lines[0] === '---';
  lines.forEach((line, i) => {
    if (i > 0 && inFrontmatter) {
      if (line === '---') inFrontmatter = false;
      return;
    }
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence || /^\s*```/.test(line) || /^import /.test(line) || /^\s*<Param /.test(line) || (i === 0 && inFrontmatter)) return;
    for (const m of line.matchAll(/(?<![\d.])[-−]?(?<![\w.])\d+\.\d+(?![\d.]*\d)/g)) found.push({ text: normalise(m[0]), line: i + 1 });
  });
  return found;
}

/** Problems, each as "line N: …"; empty when every stated number agrees with its computation. */
export async function checkProseNumbers(mdx: string, claims: readonly ProseNumber[]): Promise<string[]> {
  const problems: string[] = [];
  const stated = statedNumbers(mdx);
  const byText = new Map(claims.map((c) => [normalise(c.text), c]));
  for (const s of stated) {
    if (!byText.has(s.text))
      problems.push(`line ${s.line}: ${s.text} is stated but not in numbers.node.ts; add it with the helper that computes it`);
  }
  const body = mdx.split('\n');
  for (const claim of claims) {
    const text = normalise(claim.text);
    const isDecimal = text.includes('.');
    const present = isDecimal
      ? stated.some((s) => s.text === text)
      : body.some((l) => new RegExp(`(?<![\\w.])${text.replace('-', '[-−]')}(?![\\w]|\\.\\d)`).test(l));
    if (!present) problems.push(`${claim.text} (${claim.why}) is in numbers.node.ts but not in the prose; remove it or restore the text`);
    const value = typeof claim.value === 'function' ? await claim.value() : claim.value;
    const within = claim.within ?? 0.5 * 10 ** -decimalsOf(text) + 1e-12;
    if (!(Math.abs(value - Number(text)) <= within)) {
      const where = stated.filter((s) => s.text === text).map((s) => s.line);
      problems.push(
        `${where.length ? `line ${where.join(', ')}: ` : ''}the prose says ${claim.text} (${claim.why}), the computation gives ${value}`,
      );
    }
  }
  return problems;
}
