/** Build time of the whole site, and how long each chapter takes to compile on its own. */
import { execSync } from 'node:child_process';
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

export function siteBuildSeconds(): number {
  const t0 = performance.now();
  execSync('npx next build', { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - t0) / 1000;
}
