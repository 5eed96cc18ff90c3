/**
 * How much of each page React hydrates: the fibers in its tree once the page has hydrated
 * (host fibers are the DOM elements React owns), beside the page's element count. Unlike
 * blocking time, these counts do not move with the machine, so a change to the lesson markup
 * can be judged in one run (issue 21). React reports its root through the devtools hook, which
 * the page finds installed before its scripts run.
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';

export interface HydrationWork {
  url: string;
  /** Every fiber: components, host elements, text and fragments. */
  fibers: number;
  /** Host fibers: DOM elements React created or hydrated. */
  hostFibers: number;
  /** All elements in the document, React's or not (formulas and prose blocks are not). */
  domElements: number;
}

// Strings, not functions: the bench runs through tsx, whose helpers do not exist in the page.
const INSTALL_HOOK = `
  window.__minimaxRoots = [];
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot(id, root) { window.__minimaxRoots.push(root); },
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };`;

const COUNT = `(() => {
  let fibers = 0, hostFibers = 0;
  const stack = [window.__minimaxRoots.at(-1).current];
  while (stack.length) for (let f = stack.pop(); f; f = f.sibling) {
    fibers++;
    if (f.tag === 5) hostFibers++; // HostComponent
    if (f.child) stack.push(f.child);
  }
  return { fibers, hostFibers, domElements: document.querySelectorAll('*').length };
})()`;

export async function hydrationWork(base: string, paths: string[]): Promise<HydrationWork[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--no-first-run'] });
  try {
    const results: HydrationWork[] = [];
    for (const url of paths) {
      const page = await browser.newPage();
      await page.addInitScript(INSTALL_HOOK);
      await page.goto(`${base}${url}`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      results.push({ url, ...((await page.evaluate(COUNT)) as Omit<HydrationWork, 'url'>) });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
