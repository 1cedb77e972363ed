import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium as the tests and benchmarks run it: Debian's build (or CHROME_PATH), and none of
 * its background connections, which this machine's closed network would refuse many times a second.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
