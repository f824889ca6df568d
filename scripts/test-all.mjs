import { spawnSync } from 'node:child_process';

/**
 * `npm test`: every check, in the order that fails fastest. Stops at the first failure.
 * The e2e and lint steps run against the production build made here.
 */
const steps = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['unit', 'npm', ['run', 'test:unit']],
  ['build', 'npm', ['run', 'build']],
  // The three store zips, checked (scripts/check-packages.mjs): versions, store limits, sources that rebuild.
  ['store packages', 'npm', ['run', 'zip']],
  ['e2e', 'npm', ['run', 'test:e2e']],
  // The same build's Firefox package in Firefox ESR (tests/e2e-firefox/, puppeteer-core over WebDriver BiDi).
  ['e2e firefox', 'npm', ['run', 'test:e2e:firefox']],
  ['firefox lint', 'npm', ['run', 'lint:firefox']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) process.exit(status ?? 1);
}
