// Finds a Chromium for Playwright: its own download if present, else Debian's; installs Debian's
// when running as root; otherwise stops with one line saying what to install.
import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const debian = '/usr/bin/chromium';

export function findChromium({ install = false } = {}) {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the system one.
  }
  if (fs.existsSync(debian)) return debian;
  if (install && process.getuid?.() === 0) {
    console.log("No Chromium found; installing Debian's chromium package…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (fs.existsSync(debian)) return debian;
  }
  console.error('No Chromium found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then run the tests again.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium({ install: true }));
