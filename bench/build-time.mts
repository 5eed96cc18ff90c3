/** Build time of the whole site, and how long each chapter takes to compile on its own. */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { readOutline } from '../lib/content/course';
import { compileChapter } from '../lib/content/compile';

export async function chapterCompileTimes(): Promise<{ slug: string; ms: number }[]> {
  const { chapters } = await readOutline();
  const rows = [];
  for (const { slug } of chapters) {
    const t0 = performance.now();
    await compileChapter(slug);
    rows.push({ slug, ms: performance.now() - t0 });
  }
  return rows;
}

/** A cold `npm run build` (content checks, then next build), as CI and a fresh clone run it. */
export function siteBuildSeconds(): number {
  // Without this, Next reuses its compilation cache and times an incremental build.
  fs.rmSync('.next', { recursive: true, force: true });
  const t0 = performance.now();
  execSync('npm run build', { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - t0) / 1000;
}
