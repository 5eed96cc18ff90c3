// `npm test`: everything, in the order that fails fastest. Works on a fresh clone.
// Ends with one line totalling both runners, e.g. "tests: 420 passed, 0 failed".
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' };
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function finish(ok) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

findChromium({ install: true });
fs.mkdirSync('test-results', { recursive: true });

// Static checks first, all of them, so one run lists every kind of problem.
const staticChecks = [
  ['Type check', 'npx', ['tsc', '--noEmit']],
  ['Lint (ESLint)', 'npm', ['run', '--silent', 'lint']],
  ['Layer rules (dependency-cruiser)', 'npm', ['run', '--silent', 'lint:deps']],
  ['Unused files, exports and dependencies (knip)', 'npm', ['run', '--silent', 'lint:unused']],
  ['Formatting (Prettier)', 'npm', ['run', '--silent', 'format:check']],
];
let staticOk = true;
for (const [name, command, args] of staticChecks) {
  if (run(command, args)) continue;
  totals.failed += 1;
  staticOk = false;
  console.error(`${name} failed.`);
}
if (!staticOk) finish(false);

const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
} else if (!unitOk) totals.failed += 1;
if (!unitOk) finish(false);

if (!run('node', ['scripts/ensure-build.mjs'])) {
  totals.failed += 1;
  finish(false);
}

const e2eOk = run('npx', ['playwright', 'test', '--reporter=list,json']);
const e2e = readJson('test-results/e2e.json');
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
} else if (!e2eOk) totals.failed += 1;
finish(e2eOk && unitOk);
