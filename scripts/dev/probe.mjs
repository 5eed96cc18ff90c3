import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('response', (r) => {
  if (r.status() >= 400) console.log(r.status(), r.url());
});
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(process.argv[2] ?? 'http://localhost:3000/');
await p.waitForTimeout(1500);
await b.close();
