// `npm test`: everything, in the order that fails fastest. Works on a fresh clone.
import { execSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });

findChromium({ install: true });
run('npx tsc --noEmit');
run('npx vitest run');
run('node scripts/ensure-build.mjs');
run('npx playwright test');
