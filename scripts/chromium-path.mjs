import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Which Chromium the e2e tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else a browser Playwright installed itself. Null when there is none.
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const require = createRequire(import.meta.url);
    const path = require('playwright-core').chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // playwright-core has no browser of its own here.
  }
  return null;
}

/**
 * The flags the e2e tests (and `npm run bench`) start Chromium with: only the given build
 * loaded as an extension, nothing fetched in the background, no first-run screens.
 */
export function extensionLaunchArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
