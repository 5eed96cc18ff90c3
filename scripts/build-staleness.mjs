// Whether out/ is older than anything the build reads. Everything under the project root counts
// as an input except what is listed here, so a new input folder is never missed.
import fs from 'node:fs';
import path from 'node:path';

/** Top-level entries the static export does not read: outputs, tests, tooling and docs. */
export const notBuildInputs = new Set([
  '.git',
  'node_modules',
  '.next',
  'out',
  'test-results',
  'playwright-report',
  'e2e',
  'bench',
  'docs',
  '.ci',
  'README.md',
  'ARCHITECTURE.md',
  'playwright.config.ts',
  'vitest.config.ts',
  'eslint.config.mjs',
  'knip.config.ts',
  '.dependency-cruiser.cjs',
  '.prettierrc.json',
  '.prettierignore',
  '.gitignore',
  'next-env.d.ts',
]);

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), stat.mtimeMs);
}

/** The newest modification time among the build's inputs under `root`, in milliseconds. */
export function newestInput(root) {
  return fs
    .readdirSync(root)
    .filter((name) => !notBuildInputs.has(name))
    .reduce((m, name) => Math.max(m, newest(path.join(root, name))), 0);
}

/** True when `root`/out is missing or older than one of the build's inputs. */
export function isBuildStale(root) {
  const marker = path.join(root, 'out', 'index.html');
  if (!fs.existsSync(marker)) return true;
  return fs.statSync(marker).mtimeMs < newestInput(root);
}
