import { chromium } from '@playwright/test';
const base = process.argv[2];
const slugs = ['what-is-a-generative-model', 'random-variables-and-likelihood', 'kl-and-jsd', 'minimax-game', 'training-dynamics', 'wasserstein-gan', 'spectral-normalization'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const w of [1024, 1280, 1440, 1920]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  for (const s of slugs) {
    await p.goto(`${base}/learn/${s}`);
    const over = await p.$$eval('.sbs-step .katex-display', (els) => els.map((el, i) => ({ i, c: el.clientWidth, s: el.scrollWidth })).filter((x) => x.s > x.c + 1));
    if (over.length) console.log(w, s, JSON.stringify(over));
  }
  await p.close();
}
await b.close();
