/**
 * Lighthouse scores (performance, accessibility, best practices) of the home page and every
 * lesson, with the performance metrics behind the score, so a low score says what to fix.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../scripts/find-chromium.mjs';

export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Milliseconds under Lighthouse's simulated mobile throttling (CLS is unitless). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  cls: number;
}

/** The run whose performance score is the median of `runs` (scores vary by ±3 between runs here). */
function medianRun(runs: LighthouseScores[]): LighthouseScores {
  return [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs)[Math.floor(runs.length / 2)];
}

export async function lighthouseScores(base: string, paths: string[], repeats = 1): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const runs = new Map<string, LighthouseScores[]>(paths.map((p) => [p, []]));
    // Round-robin, so a slow spell of the machine touches every page rather than one.
    for (let r = 0; r < repeats; r++) for (const path of paths) runs.get(path)!.push(await score(chrome.port, base, path));
    return paths.map((p) => medianRun(runs.get(p)!));
  } finally {
    await chrome.kill();
  }
}

/** One Lighthouse run of one page, with the metrics behind its performance score. */
async function score(port: number, base: string, path: string): Promise<LighthouseScores> {
  const result = await lighthouse(`${base}${path}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const c = result?.lhr.categories;
  if (!c) throw new Error(`bench: lighthouse returned no result for ${path}`);
  const category = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
  const metric = (id: string, digits = 0) => Number((result.lhr.audits[id]?.numericValue ?? NaN).toFixed(digits));
  return {
    url: path,
    performance: category('performance'),
    accessibility: category('accessibility'),
    bestPractices: category('best-practices'),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    speedIndexMs: metric('speed-index'),
    cls: metric('cumulative-layout-shift', 3),
  };
}
