/**
 * Course assets (data sets, trained weights) that `ml` fetches on first use and keeps.
 * In the browser they come from the site (`public/` is served at `/`); in Node, tests and
 * scripts install a reader of their own with `setAssetReader` (see `node-assets.ts`).
 * Nothing here runs before a cell asks, so assets never join a page's first load.
 */

/** Reads the raw bytes of an asset path such as `data/mnist.bin.gz`. */
export type AssetReader = (path: string) => Promise<Uint8Array>;

async function fetchAsset(path: string): Promise<Uint8Array> {
  const url = new URL(`/${path}`, globalThis.location?.origin ?? 'http://localhost');
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`could not download ${url.pathname} (${(error as Error).message}); check the connection and run the cell again`, {
      cause: error,
    });
  }
  if (!response.ok) throw new Error(`could not download ${url.pathname}: the server answered ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

let reader: AssetReader = fetchAsset;
const cache = new Map<string, Promise<Uint8Array>>();

/** Replaces how assets are read (Node tests read `public/`), and forgets cached ones. */
export function setAssetReader(next: AssetReader): void {
  reader = next;
  cache.clear();
}

async function gunzip(bytes: Uint8Array, path: string): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new Error(
      `${path} is truncated or damaged (${bytes.length} bytes could not be unzipped); run the cell again to download it afresh`,
    );
  }
}

/**
 * The bytes of an asset, unzipped when the path ends in `.gz`. The first call reads it; later
 * calls share that read. A failed read is not cached, so running the cell again retries.
 */
export function loadAsset(path: string): Promise<Uint8Array> {
  let pending = cache.get(path);
  if (!pending) {
    pending = reader(path).then((bytes) => (path.endsWith('.gz') ? gunzip(bytes, path) : bytes));
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}
