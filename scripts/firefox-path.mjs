import { existsSync } from 'node:fs';

/**
 * Which Firefox the Firefox e2e suite drives: FIREFOX_PATH, else Debian's firefox-esr, else
 * a `firefox` on the usual paths. Null when there is none.
 */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/local/bin/firefox'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return null;
}
