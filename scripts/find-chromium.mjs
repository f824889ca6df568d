import { findChromium } from './chromium-path.mjs';

// Stops the test run early with the one-line fix instead of a Playwright stack trace.
const path = findChromium();
if (!path) {
  console.error('No Chromium found. Fix: apt-get update && apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chromium)');
  process.exit(1);
}
console.log(`e2e: using Chromium at ${path}`);
