import { pointAt, type Problem } from './types';

/**
 * Chapter files are UTF-8. Anything else is reported at its first offending byte, because a
 * Latin-1 file would otherwise ship replacement characters and a UTF-16 one would read as
 * "frontmatter missing". `text` is null when the file cannot be read as text at all.
 */
export function decodeSource(bytes: Buffer, file: string): { text: string | null; problems: Problem[] } {
  const bom16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  // UTF-16 text without a byte-order mark has a NUL in every other byte of its ASCII characters.
  const nulShare = bytes.subarray(0, 200).filter((b) => b === 0).length / Math.max(1, Math.min(bytes.length, 200));
  if (bom16 || nulShare > 0.3) {
    return {
      text: null,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: 'the file is UTF-16, not UTF-8: save it as UTF-8 (in most editors: "Save with encoding", UTF-8)',
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text = new TextDecoder('utf-8').decode(bytes.subarray(start));
  const firstBad = firstInvalidUtf8(bytes, start);
  if (firstBad !== null) {
    const where = pointAt(text, new TextDecoder('utf-8').decode(bytes.subarray(start, firstBad)).length);
    const byte = `0x${bytes[firstBad].toString(16).toUpperCase().padStart(2, '0')}`;
    problems.push({
      file,
      ...where,
      message: `the file is not UTF-8: byte ${byte} here is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8`,
    });
  }
  for (const m of text.matchAll(/\0+/g)) {
    problems.push({
      file,
      ...pointAt(text, m.index ?? 0),
      message: `NUL byte${m[0].length > 1 ? `s (${m[0].length})` : ''} in the text: delete ${m[0].length > 1 ? 'them' : 'it'}`,
    });
  }
  // Spaces keep every later position where it was, so the rest of the file is still checked.
  text = text.replace(/\0/g, ' ');
  return { text, problems };
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or null. */
function firstInvalidUtf8(bytes: Buffer, from: number): number | null {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return null;
}
