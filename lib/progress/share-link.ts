import * as z from '@/lib/schema/z';

/**
 * A cell's code and seed as a link: `#run=<base64url of deflate-raw(JSON {v, cell, code, seed})>`.
 * It lives in the hash, so it never reaches a server, and it is compressed so that the course's
 * longest cells, edited, fit well under the cap. Decoding never throws: every failure is a
 * sentence a learner can act on.
 */

export const SHARE_PREFIX = '#run=';
const SHARE_VERSION = 1;
/** The longest hash accepted (prefix included): about 8 KB, which browsers and chat apps keep whole. */
export const MAX_SHARE_CHARS = 8000;
/** A link decompresses to at most this many bytes, so a crafted link cannot make the page inflate megabytes. */
const MAX_JSON_BYTES = 256 * 1024;

const sharedRunSchema = z.strictObject({
  v: z.literal(SHARE_VERSION),
  cell: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  code: z.string(),
  seed: z.optional(z.int()),
});

export type SharedRun = Omit<z.infer<typeof sharedRunSchema>, 'v'>;
export type DecodedLink = { ok: true; run: SharedRun } | { ok: false; error: string };

const ASK = 'Ask whoever sent it for a new link.';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The link's hash for a run; throws a learner-readable Error when the code is too long to share. */
export async function encodeShareLink(run: SharedRun): Promise<string> {
  const json = JSON.stringify({ v: SHARE_VERSION, cell: run.cell, code: run.code, seed: run.seed });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  const hash = SHARE_PREFIX + toBase64Url(packed);
  if (hash.length > MAX_SHARE_CHARS) {
    throw new Error(
      `This code is too long to share as a link (${hash.length.toLocaleString('en')} characters once packed, at most ${MAX_SHARE_CHARS.toLocaleString('en')}). Shorten it, or send the code itself.`,
    );
  }
  return hash;
}

/** Whether a location hash is a shared run at all (other hashes are heading anchors). */
function isShareHash(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** Reads a `#run=…` hash. Nothing here touches saved progress. */
export async function decodeShareLink(hash: string): Promise<DecodedLink> {
  const fail = (why: string): DecodedLink => ({ ok: false, error: `This shared link ${why}. ${ASK}` });
  if (!isShareHash(hash)) return fail('is not a link to a run');
  if (hash.length > MAX_SHARE_CHARS)
    return fail(`is too long (${hash.length.toLocaleString('en')} characters, at most ${MAX_SHARE_CHARS.toLocaleString('en')})`);
  const bytes = fromBase64Url(hash.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length === 0) return fail('is damaged (it is not valid base64url; was it cut short when copied?)');
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES),
    );
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return fail(`holds more than ${MAX_JSON_BYTES / 1024} KB of code`);
    return fail('is damaged (its content cannot be read; was it cut short when copied?)');
  }
  const version = (json as { v?: unknown } | null)?.v;
  if (typeof json === 'object' && json !== null && version !== SHARE_VERSION) {
    return fail(`was made by another version of the course (format ${JSON.stringify(version ?? null)}, this page reads ${SHARE_VERSION})`);
  }
  const parsed = sharedRunSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`is not a cell's code (${issue?.path.join('.') || 'the link'}: ${issue?.message ?? 'unexpected content'})`);
  }
  const { cell, code, seed } = parsed.data;
  return { ok: true, run: seed === undefined ? { cell, code } : { cell, code, seed } };
}
