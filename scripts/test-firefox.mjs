import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findFirefox } from './firefox-path.mjs';

/**
 * `npm run test:e2e:firefox`: the Firefox ESR end-to-end suite (tests/e2e-firefox/, Node's test
 * runner through tsx) on the production Firefox build. One file at a time: each starts its own
 * Firefox, and two would share the one HTTPS server port. Ends with one line CI can read.
 */
const firefox = findFirefox();
if (!firefox) {
  console.error('No Firefox found. Fix: apt-get update && apt-get install -y firefox-esr firefox-esr-l10n-fr   (or set FIREFOX_PATH)');
  process.exit(1);
}
const build = path.resolve(process.env.HIREMPIRE_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
if (!existsSync(path.join(build, 'manifest.json'))) {
  console.error(`No Firefox build in ${build}. Fix: npm run build:firefox`);
  process.exit(1);
}
console.log(`e2e (Firefox): using ${firefox} on ${build}`);

const dir = 'tests/e2e-firefox';
const files = readdirSync(dir).filter((name) => name.endsWith('.test.ts')).sort().map((name) => path.join(dir, name));
const started = Date.now();
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? NaN);
  const [passed, failed] = [count('pass'), count('fail')];
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = code === 0 && failed === 0 && passed > 0;
  console.log(`Firefox e2e: ${passed} passed, ${failed} failed in ${seconds} s${ok ? '' : ' — FAILED'}`);
  process.exit(ok ? 0 : code || 1);
});
