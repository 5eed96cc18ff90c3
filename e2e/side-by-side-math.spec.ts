/**
 * A derivation step's formula fits its half-width column on desktop screens: none is cut off at
 * its end (the minimax game's step 6 once lost the last digit of −1.386 at 1280 px).
 */
import { test, expect, gotoLesson } from './fixtures';
import { publishedChapters as chapters } from './site-pages';

for (const width of [1024, 1280, 1440]) {
  test(`every side-by-side step formula fits its column at ${width} px`, async ({ page }) => {
    test.setTimeout(60_000 + chapters.length * 10_000);
    await page.setViewportSize({ width, height: 900 });
    const clipped: string[] = [];
    for (const slug of chapters) {
      await gotoLesson(page, slug);
      const over = await page.$$eval('.sbs-step .katex-display', (els) =>
        els.flatMap((el, i) =>
          el.scrollWidth > el.clientWidth + 1 ? [`formula ${i + 1}: ${el.scrollWidth} px in ${el.clientWidth} px`] : [],
        ),
      );
      clipped.push(...over.map((o) => `${slug} ${o}`));
    }
    expect(clipped).toEqual([]);
  });
}
