// Copies TensorFlow.js's wasm binaries into public/wasm/ so the site serves them itself
// (the cell kernel calls setWasmPaths('/wasm/')). Only the single-threaded builds: the
// threaded one crashes in the browsers we target.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const from = path.join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
const to = path.join(root, 'public/wasm');
const files = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];

fs.mkdirSync(to, { recursive: true });
for (const file of files) {
  const source = path.join(from, file);
  if (!fs.existsSync(source)) {
    console.error(`copy-wasm: ${source} is missing; run npm install`);
    process.exit(1);
  }
  fs.copyFileSync(source, path.join(to, file));
}
console.log(`copy-wasm: ${files.length} files → public/wasm/`);
