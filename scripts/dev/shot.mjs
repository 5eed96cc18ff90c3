// Screenshot a page: node scripts/dev/shot.mjs URL out.png [width] [height] [dark] [fullPage]
import { chromium } from '@playwright/test';
const [url, out, w = '1400', h = '900', scheme = 'light', full = ''] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
p.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await p.goto(url);
await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
