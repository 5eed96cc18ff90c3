/** A stretch of a section's text around the first match, split so the match can be marked. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text around the earliest place where one of `terms` starts a word, about `radius`
 * characters each side, cut at spaces. Without a match it is the section's opening words.
 */
export function snippetOf(text: string, terms: string[], radius = 70): Snippet {
  const words = terms.filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const found = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})`, 'iu').exec(text) : null;
  if (!found) {
    const end = cutEnd(text, 2 * radius);
    return { before: text.slice(0, end) + (end < text.length ? '…' : ''), match: '', after: '' };
  }
  const start = found.index;
  const stop = start + found[0].length;
  const from = cutStart(text, start - radius);
  const to = cutEnd(text, stop + radius);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, stop),
    after: text.slice(stop, to) + (to < text.length ? '…' : ''),
  };
}

/** The first word start at or after `at`. */
function cutStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  return space === -1 ? at : space + 1;
}

/** The last word end at or before `at`. */
function cutEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}
