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

export async function lighthouseScores(base: string, paths: string[]): Promise<LighthouseScores[]> {
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
    const rows: LighthouseScores[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const c = result?.lhr.categories;
      if (!c) throw new Error(`bench: lighthouse returned no result for ${path}`);
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      const metric = (id: string, digits = 0) => Number((result.lhr.audits[id]?.numericValue ?? NaN).toFixed(digits));
      rows.push({
        url: path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        speedIndexMs: metric('speed-index'),
        cls: metric('cumulative-layout-shift', 3),
      });
    }
    return rows;
  } finally {
    await chrome.kill();
  }
}
