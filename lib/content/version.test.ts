import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentVersion } from './version';

let root: string;
const file = (name: string) => path.join(root, name);
/** Sets a file's modification time explicitly, so the test does not depend on the clock's resolution. */
const touch = (name: string, seconds: number) => fs.utimesSync(file(name), seconds, seconds);

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'minimax-version-'));
  fs.mkdirSync(file('ch'));
  fs.writeFileSync(file('ch/index.mdx'), 'a');
  fs.writeFileSync(file('ch/Figure.tsx'), 'b');
  for (const name of ['ch/index.mdx', 'ch/Figure.tsx', 'ch', '.']) touch(name, 1000);
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('contentVersion', () => {
  it('is stable while nothing changes', () => {
    expect(contentVersion([root])).toBe(contentVersion([root]));
  });

  it('changes when a chapter or a colocated figure is edited', () => {
    const before = contentVersion([root]);
    touch('ch/Figure.tsx', 2000);
    const afterFigure = contentVersion([root]);
    expect(afterFigure).not.toBe(before);
    touch('ch/index.mdx', 3000);
    expect(contentVersion([root])).not.toBe(afterFigure);
  });

  it('changes when a file is deleted, even if no time moves forward', () => {
    const before = contentVersion([root]);
    fs.rmSync(file('ch/Figure.tsx'));
    touch('ch', 1000);
    expect(contentVersion([root])).not.toBe(before);
  });

  it('ignores a root that does not exist', () => {
    expect(contentVersion([root, file('missing')])).toBe(contentVersion([root]));
  });
});
