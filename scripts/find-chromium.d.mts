/** The path of a Chromium for Playwright; with `install`, installs Debian's when running as root. */
export function findChromium(options?: { install?: boolean }): string;
