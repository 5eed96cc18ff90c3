// Builds the static export unless out/ is newer than every source it is made from.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';

const sources = ['app', 'components', 'content', 'lib', 'public', 'next.config.mjs', 'package.json', 'scripts/csp.ts', 'scripts/add-csp.ts'];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), stat.mtimeMs);
}

const built = fs.existsSync('out/index.html') ? fs.statSync('out/index.html').mtimeMs : 0;
if (process.env.MINIMAX_FORCE_BUILD === '1' || built < Math.max(...sources.map(newest))) {
  console.log('Building the static export (out/)…');
  execSync('npm run build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
} else {
  console.log('out/ is up to date.');
}
