// Builds the static export unless out/ is newer than every input of the build.
import { execSync } from 'node:child_process';
import { isBuildStale } from './build-staleness.mjs';

if (process.env.MINIMAX_FORCE_BUILD === '1' || isBuildStale(process.cwd())) {
  console.log('Building the static export (out/)…');
  execSync('npm run build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
} else {
  console.log('out/ is up to date.');
}
