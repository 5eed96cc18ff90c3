import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink, MAX_SHARE_CHARS, SHARE_PREFIX } from './share-link';

/** A hash holding exactly this JSON text, packed the way encodeShareLink packs it. */
async function hashOf(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return SHARE_PREFIX + Buffer.from(bytes).toString('base64url');
}

const error = async (hash: string) => {
  const r = await decodeShareLink(hash);
  if (r.ok) throw new Error(`expected a failure, decoded ${JSON.stringify(r.run)}`);
  return r.error;
};

describe('share links', () => {
  it('round-trips a cell, its code (any Unicode) and its seed', async () => {
    const run = { cell: 'ring-gan', code: 'const μ = 0.5; // ½ → "quoted"\nprint(μ * 2);\n', seed: 7 };
    const hash = await encodeShareLink(run);
    expect(hash).toMatch(/^#run=[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(hash)).toEqual({ ok: true, run });
  });

  it('round-trips a cell without a seed', async () => {
    expect(await decodeShareLink(await encodeShareLink({ cell: 'a', code: '' }))).toEqual({ ok: true, run: { cell: 'a', code: '' } });
  });

  it('compresses: 60 lines of code fit in a quarter of the cap', async () => {
    const line = 'const d = ml.mlp({ inputs: 2, hidden: [16, 16], outputs: 1, activation: "leakyRelu" });\n';
    const hash = await encodeShareLink({ cell: 'ganlab-two-gaussians', code: line.repeat(60), seed: 1 });
    expect(hash.length).toBeLessThan(MAX_SHARE_CHARS / 4);
  });

  it('refuses to make a link for code too long to share, saying how long', async () => {
    // Random text does not compress, so this stays larger than the cap once packed.
    let code = '';
    let x = 1;
    for (let i = 0; i < 9000; i++) code += String.fromCharCode(33 + ((x = (x * 48271) % 2147483647) % 90));
    await expect(encodeShareLink({ cell: 'big', code })).rejects.toThrow(
      /too long to share as a link \([\d,]+ characters once packed, at most 8,000\)/,
    );
  });

  it('says a link is too long before reading it', async () => {
    expect(await error(SHARE_PREFIX + 'A'.repeat(MAX_SHARE_CHARS))).toBe(
      'This shared link is too long (8,005 characters, at most 8,000). Ask whoever sent it for a new link.',
    );
  });

  it('refuses bad base64, and bytes that are not a packed run', async () => {
    expect(await error('#run=not*base64!')).toMatch(/is damaged \(it is not valid base64url/);
    expect(await error('#run=')).toMatch(/is damaged \(it is not valid base64url/);
    expect(await error('#run=aGVsbG8')).toMatch(/is damaged \(its content cannot be read/);
  });

  it('refuses packed text that is not JSON', async () => {
    expect(await error(await hashOf('{"v":1, "cell": '))).toMatch(/is damaged \(its content cannot be read/);
  });

  it('names another format version', async () => {
    expect(await error(await hashOf('{"v":2,"cell":"a","code":"x"}'))).toBe(
      'This shared link was made by another version of the course (format 2, this page reads 1). Ask whoever sent it for a new link.',
    );
    expect(await error(await hashOf('{"cell":"a","code":"x"}'))).toMatch(/\(format null, this page reads 1\)/);
  });

  it('names the field that breaks the schema', async () => {
    expect(await error(await hashOf('{"v":1,"cell":"a","code":42}'))).toMatch(/is not a cell's code \(code: /);
    expect(await error(await hashOf('{"v":1,"cell":"../x","code":""}'))).toMatch(/is not a cell's code \(cell: /);
    expect(await error(await hashOf('{"v":1,"cell":"a","code":"","seed":1.5}'))).toMatch(/\(seed: /);
    expect(await error(await hashOf('{"v":1,"cell":"a","code":"","extra":true}'))).toMatch(/is not a cell's code/);
    expect(await error(await hashOf('[1,2]'))).toMatch(/format null/);
  });

  it('refuses a link that inflates past the limit', async () => {
    expect(await error(await hashOf(`{"v":1,"cell":"a","code":"${' '.repeat(300_000)}"}`))).toMatch(/holds more than 256 KB of code/);
  });

  it('is not a run link without the prefix', async () => {
    expect(await error('#section-2')).toMatch(/is not a link to a run/);
  });
});
