/** For Node (tests, scripts, bench): read course assets from `public/` instead of fetching them. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setAssetReader } from './assets';

export const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');

export function useNodeAssets(): void {
  setAssetReader(async (asset) => new Uint8Array(await readFile(path.join(PUBLIC_DIR, asset))));
}
