// Print a lesson to PDF as a reader would: node scripts/dev/print-pdf.mjs URL out.pdf
import { chromium } from '@playwright/test';
const [url, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ colorScheme: 'dark' });
await p.goto(url);
await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
await p.emulateMedia({ media: 'print' });
await p.waitForTimeout(1500);
await p.pdf({ path: out, format: 'A4' });
await b.close();
