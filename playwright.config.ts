import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // CI stops at 90 minutes, install and build included: end the e2e run first, so its report
  // names whatever hung instead of being cut off.
  globalTimeout: process.env.CI ? 55 * 60_000 : 0,
  fullyParallel: false,
  // Two cores: one browser at a time keeps cell timings honest.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      // Without these, headless Chromium keeps trying to reach Google's services on this closed network.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
    // No click, read or navigation may wait forever (Playwright's default): an element that never
    // appears fails its test within this time, with the locator it waited for.
    actionTimeout: 30_000,
    // The same for waiting on a page load or a client-side navigation (waitForURL, goto).
    navigationTimeout: 30_000,
    // The built site installs a service worker that answers requests from its cache, out of
    // reach of page.route and of the server's headers. Every suite tests the network's answers,
    // except e2e/offline.spec.ts, which allows the worker for itself.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    port,
    reuseExistingServer: false,
  },
});
