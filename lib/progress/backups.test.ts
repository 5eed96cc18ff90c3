import { describe, expect, it } from 'vitest';
import { listBackups, removeBackup, setAside } from './backups';
import { fakeBrowser } from './test-browser';

describe('backups', () => {
  it('never writes one backup over another made in the same millisecond', () => {
    const { window, data } = fakeBrowser();
    const s = window.localStorage as unknown as Storage;
    const now = new Date('2026-01-01T00:00:00.000Z');
    const a = setAside(s, 'first', now);
    const b = setAside(s, 'second', now);
    expect(a).not.toBe(b);
    expect([data.get(a!), data.get(b!)]).toEqual(['first', 'second']);
  });

  it('lists backups newest first, with their date, and ignores other keys', () => {
    const { window } = fakeBrowser();
    const s = window.localStorage as unknown as Storage;
    s.setItem('minimax:progress', '{}');
    setAside(s, 'old', new Date('2026-01-01T00:00:00.000Z'));
    setAside(s, 'new', new Date('2026-02-01T00:00:00.000Z'));
    const list = listBackups(s);
    expect(list.map((b) => b.raw)).toEqual(['new', 'old']);
    expect(list[0]!.savedAt.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    removeBackup(s, list[0]!.key);
    expect(listBackups(s).map((b) => b.raw)).toEqual(['old']);
  });

  it('reports a refused write as null', () => {
    const browser = fakeBrowser();
    browser.fill(true);
    expect(setAside(browser.window.localStorage as unknown as Storage, 'x')).toBeNull();
  });
});
