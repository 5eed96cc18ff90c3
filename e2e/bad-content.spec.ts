import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { checkContent } from '../lib/content/check';
import { checkCourse } from '../lib/content/check/course';
import { formatProblem } from '../lib/content/errors';

/**
 * The content checker's malformed fixtures, given to the real `npm run build` as the course: the
 * build must stop before Next compiles anything and print every problem as file:line:column.
 * (lib/content/check/*.test.ts pin the exact messages; this proves the build acts on them.)
 * To stay fast, every chapter of the fixtures whose course.json is sound goes into one course and
 * one build; each fixture about course.json itself gets a build of its own.
 */
const fixtures = 'lib/content/check/fixtures';
const kinds = fs.readdirSync(fixtures).sort();
const courseLevel = kinds.filter((kind) => checkCourse(path.join(fixtures, kind)).problems.length > 0);

function build(root: string) {
  const run = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, MINIMAX_CONTENT_DIR: root, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, printed: `${run.stdout}\n${run.stderr}` };
}

function expectRefused(root: string) {
  const expected = checkContent({ root }).errors.map(formatProblem);
  expect(expected.length, 'the fixture has problems to report').toBeGreaterThan(0);
  const { status, printed } = build(root);
  expect(status, printed).toBe(1);
  expect(printed, 'the build stopped at the content check, before Next compiled anything').not.toContain(
    'Creating an optimized production build',
  );
  for (const line of expected) expect(printed).toContain(line);
  expect(printed).toMatch(/\d+ content problems? found/);
}

test('the build refuses every chapter fixture with its file:line:column messages, in one pass', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-bad-content-'));
  try {
    const slugs: string[] = [];
    for (const kind of kinds.filter((k) => !courseLevel.includes(k))) {
      for (const chapter of fs.readdirSync(path.join(fixtures, kind), { withFileTypes: true }).filter((d) => d.isDirectory())) {
        const slug = `${kind}-${chapter.name}`;
        fs.cpSync(path.join(fixtures, kind, chapter.name), path.join(root, slug), { recursive: true });
        slugs.push(slug);
      }
    }
    fs.writeFileSync(
      path.join(root, 'course.json'),
      JSON.stringify({ title: 'Fixtures', pitch: 'Every malformed chapter.', chapters: slugs }),
    );
    expectRefused(root);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

for (const kind of courseLevel) {
  test(`the build refuses the "${kind}" fixture at the place in course.json`, () => expectRefused(`${fixtures}/${kind}`));
}
