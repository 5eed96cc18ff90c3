import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildStale } from './build-staleness.mjs';

let root: string;
const BUILT = new Date('2026-01-02T00:00:00Z');
const BEFORE = new Date('2026-01-01T00:00:00Z');
const AFTER = new Date('2026-01-03T00:00:00Z');

function write(rel: string, when: Date) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'x');
  fs.utimesSync(file, when, when);
  // Folders get the time too, as when a file is edited in place (which leaves its folder alone).
  for (let dir = path.dirname(file); dir.startsWith(root); dir = path.dirname(dir)) fs.utimesSync(dir, BEFORE, BEFORE);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'staleness-'));
  for (const rel of [
    'app/page.tsx',
    'content/a/index.mdx',
    'content-guide/authoring/index.mdx',
    'scripts/check-content.ts',
    'package.json',
  ])
    write(rel, BEFORE);
  write('out/index.html', BUILT);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('isBuildStale', () => {
  it('is fresh when every input is older than out/', () => {
    expect(isBuildStale(root)).toBe(false);
  });

  it('is stale without out/', () => {
    fs.rmSync(path.join(root, 'out'), { recursive: true });
    expect(isBuildStale(root)).toBe(true);
  });

  it.each([
    'content-guide/authoring/index.mdx',
    'scripts/check-content.ts',
    'content/a/index.mdx',
    'app/page.tsx',
    'tsconfig.json',
    'lib/new-folder/x.ts',
  ])('is stale after %s changes', (rel) => {
    write(rel, AFTER);
    expect(isBuildStale(root)).toBe(true);
  });

  it.each(['README.md', 'e2e/site.spec.ts', 'docs/DECISIONS.md', 'bench/results/latest.json'])('stays fresh after %s changes', (rel) => {
    write(rel, AFTER);
    expect(isBuildStale(root)).toBe(false);
  });
});
