import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { checkContent } from '../lib/content/check';
import { formatProblem } from '../lib/content/errors';

/**
 * Each malformed-chapter fixture of the content checker, given to the real `npm run build` as the
 * course: the build must stop before compiling anything and print every problem as file:line:column.
 * (lib/content/check/check.test.ts pins the exact messages; this proves the build acts on them.)
 */
const fixtures = 'lib/content/check/fixtures';

for (const kind of fs.readdirSync(fixtures).sort()) {
  test(`the build refuses the "${kind}" fixture with its file:line:column messages`, () => {
    const expected = checkContent({ root: `${fixtures}/${kind}` }).errors.map(formatProblem);
    expect(expected.length, 'the fixture has problems to report').toBeGreaterThan(0);

    const build = spawnSync('npm', ['run', 'build'], {
      env: { ...process.env, MINIMAX_CONTENT_DIR: `${fixtures}/${kind}`, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const printed = `${build.stdout}\n${build.stderr}`;
    expect(build.status, printed).toBe(1);
    expect(printed, 'the build stopped at the content check, before Next compiled anything').not.toContain('Creating an optimized production build');
    for (const line of expected) expect(printed).toContain(line);
    expect(printed).toMatch(/\d+ content problems? found/);
  });
}
