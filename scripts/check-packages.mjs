/**
 * `npm run zip:check` (after `npm run zip`): are the three store packages what the stores expect?
 *   <name>-<version>-chrome.zip    Chrome Web Store
 *   <name>-<version>-firefox.zip   addons.mozilla.org
 *   <name>-<version>-sources.zip   the sources Mozilla's reviewers rebuild the Firefox package from
 * Checks the manifests against package.json and the stores' limits, that each package is exactly
 * the build the e2e tests and `web-ext lint` ran on, and that the sources zip really rebuilds the
 * Firefox package byte for byte (in a temporary folder, with this project's node_modules).
 * Exits 1 on the first failing package, listing every failed check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pngSize, readZip } from './zip-entries.mjs';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const outDir = path.resolve(process.env.HIREMPIRE_OUT_DIR ?? '.output');
const zipPath = (kind) => path.join(outDir, `${pkg.name}-${pkg.version}-${kind}.zip`);

// Store limits. Chrome: name ≤ 75, description ≤ 132. AMO's linter: name ≤ 45 (the stricter one wins).
const MAX_NAME = 45;
const MAX_DESCRIPTION = 132;
// Chrome: short_name (toolbar, launcher) ≤ 12.
const MAX_SHORT_NAME = 12;
// Chrome's icon guidelines: 16 (favicon, menus), 48 (extensions page), 128 (install dialog, store).
const REQUIRED_ICON_SIZES = ['16', '48', '128'];

let failed = 0;
function check(label, ok, detail = '') {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${label}${!ok && detail ? ` — ${detail}` : ''}`);
  if (!ok) failed++;
}

/** Every file under `dir`, as forward-slash paths relative to it. */
function walk(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Files that differ between a zip and a folder ("+" only in the zip, "-" only in the folder, "~" changed). */
function differences(files, dir) {
  const onDisk = new Set(walk(dir));
  const diff = [];
  for (const [name, data] of files) {
    if (!onDisk.has(name)) diff.push(`+${name}`);
    else if (!readFileSync(path.join(dir, name)).equals(data)) diff.push(`~${name}`);
    onDisk.delete(name);
  }
  for (const name of onDisk) diff.push(`-${name}`);
  return diff;
}

/**
 * [locale, resolve] for each language the package ships ("__MSG_key__" looked up in
 * _locales/<locale>/messages.json), or one unnamed entry when the manifest is not localized.
 */
function localized(files, manifest) {
  const locales = [...files.keys()].map((name) => /^_locales\/([^/]+)\/messages\.json$/.exec(name)?.[1]).filter(Boolean);
  if (!manifest.default_locale || locales.length === 0) return [[null, (value) => value ?? '']];
  return locales.map((locale) => {
    const messages = JSON.parse(files.get(`_locales/${locale}/messages.json`).toString('utf8'));
    const entries = Object.fromEntries(Object.entries(messages).map(([key, entry]) => [key.toLowerCase(), entry.message]));
    return [locale, (value) => (value ?? '').replace(/__MSG_(\w+)__/g, (_, key) => entries[key.toLowerCase()] ?? '')];
  });
}

function checkManifest(files, browser) {
  const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');
  check('manifest version is package.json\'s', manifest.version === pkg.version, `${manifest.version} ≠ ${pkg.version}`);
  check('Manifest V3', manifest.manifest_version === 3);
  for (const [locale, text] of localized(files, manifest)) {
    const where = locale ? ` [${locale}]` : '';
    const name = [...text(manifest.name)].length;
    check(`name${where} is 2–${MAX_NAME} characters (${name})`, name >= 2 && name <= MAX_NAME);
    if (manifest.short_name) {
      const short = [...text(manifest.short_name)].length;
      check(`short_name${where} is 1–${MAX_SHORT_NAME} characters (${short})`, short >= 1 && short <= MAX_SHORT_NAME);
    }
    const description = [...text(manifest.description)].length;
    check(`description${where} is 1–${MAX_DESCRIPTION} characters (${description})`, description >= 1 && description <= MAX_DESCRIPTION);
  }

  // The toolbar button falls back to `icons` when the action declares none of its own.
  const iconSets = [['icons', manifest.icons]];
  if (manifest.action?.default_icon) iconSets.push(['action.default_icon', manifest.action.default_icon]);
  for (const [where, icons] of iconSets) {
    const sizes = Object.keys(icons ?? {});
    const missing = REQUIRED_ICON_SIZES.filter((size) => !sizes.includes(size));
    check(`${where} has ${REQUIRED_ICON_SIZES.join(', ')}`, missing.length === 0, `missing ${missing.join(', ')}`);
    for (const size of sizes) {
      const file = files.get(icons[size].replace(/^\//, ''));
      const actual = file ? pngSize(file) : null;
      check(
        `${where}[${size}] is a ${size}×${size} PNG in the package`,
        actual?.width === Number(size) && actual?.height === Number(size),
        actual ? `${actual.width}×${actual.height}` : `${icons[size]} missing`,
      );
    }
  }

  const referenced = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
  ].filter(Boolean);
  const absent = referenced.filter((file) => !files.has(file.replace(/^\//, '')));
  check(`the ${referenced.length} files the manifest names are in the package`, absent.length === 0, absent.join(', '));
  const maps = [...files.keys()].filter((name) => name.endsWith('.map'));
  check('no source maps', maps.length === 0, maps.join(', '));

  if (browser === 'chrome') {
    check('background is a service worker', typeof manifest.background?.service_worker === 'string');
    check('no Firefox-only keys', !('browser_specific_settings' in manifest));
  } else {
    const gecko = manifest.browser_specific_settings?.gecko ?? {};
    check('gecko.id is set (an email-like or {UUID} id)', /^([\w.+-]*@[\w.-]+|\{[0-9a-f-]{36}\})$/i.test(gecko.id ?? ''), gecko.id);
    check('gecko.strict_min_version ≥ 140 (data_collection_permissions)', Number.parseFloat(gecko.strict_min_version) >= 140, gecko.strict_min_version);
    check('background runs as scripts (Firefox MV3)', Array.isArray(manifest.background?.scripts));
    // What AMO shows the user before install must be what PRIVACY.md explains.
    const declared = gecko.data_collection_permissions ?? {};
    check('data_collection_permissions.required is declared', Array.isArray(declared.required) && declared.required.length > 0);
    const privacy = existsSync('PRIVACY.md') ? readFileSync('PRIVACY.md', 'utf8') : '';
    const unexplained = [...(declared.required ?? []), ...(declared.optional ?? [])].filter((kind) => !privacy.includes(`\`${kind}\``));
    check('PRIVACY.md explains every declared data collection permission', unexplained.length === 0, unexplained.join(', ') || 'no PRIVACY.md');
  }
}

function checkBrowserPackage(browser) {
  const file = zipPath(browser);
  console.log(`\n${path.relative(root, file)}`);
  if (!existsSync(file)) return check('exists (run `npm run zip` first)', false);
  const files = readZip(file);
  checkManifest(files, browser);
  const diff = differences(files, path.join(outDir, `${browser}-mv3`));
  check(`is exactly ${path.relative(root, outDir)}/${browser}-mv3 (what the tests and web-ext lint ran on)`, diff.length === 0, diff.slice(0, 10).join(' '));
  return files;
}

function checkSources(firefoxFiles) {
  const file = zipPath('sources');
  console.log(`\n${path.relative(root, file)}`);
  if (!existsSync(file)) return check('exists (run `npm run zip` first)', false);
  const files = readZip(file);
  const names = [...files.keys()];

  const needed = ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json'];
  const absent = needed.filter((name) => !files.has(name));
  check(`has ${needed.join(', ')}`, absent.length === 0, absent.join(', '));
  const sourcePkg = JSON.parse(files.get('package.json')?.toString('utf8') ?? '{}');
  const sourceLock = JSON.parse(files.get('package-lock.json')?.toString('utf8') ?? '{}');
  check('package.json and package-lock.json are at this version', sourcePkg.version === pkg.version && sourceLock.version === pkg.version);

  // Everything the build reads from the project.
  const sourceDirs = ['entrypoints', 'components', 'utils', 'public', 'assets-src', 'locales'];
  // WXT leaves out dotfiles, __tests__ folders and *.test/*.spec files on purpose.
  const leftOutOnPurpose = /(^|\/)(\.|__tests__\/)|\.(test|spec)\.[cm]?[jt]sx?$/;
  // WXT also leaves out the entry file of an entrypoint the Firefox build does not include
  // (`<meta name="manifest.include" content="['chrome']">`): Firefox is rebuilt without it.
  const notForFirefox = walk('entrypoints')
    .filter((name) => name.endsWith('.html'))
    .map((name) => `entrypoints/${name}`)
    .filter((name) => {
      const include = /<meta name="manifest\.include" content="([^"]*)"/.exec(readFileSync(path.join(root, name), 'utf8'))?.[1];
      return include != null && !include.includes('firefox');
    });
  const left = sourceDirs
    .flatMap((dir) => walk(dir).map((name) => `${dir}/${name}`))
    .filter((name) => !leftOutOnPurpose.test(name) && !notForFirefox.includes(name) && !files.has(name));
  check(`has every file under ${sourceDirs.join(', ')}`, left.length === 0, left.slice(0, 10).join(', '));

  const unwanted = /^(node_modules|\.output|\.out-[^/]*|\.wxt|\.git|test-results|playwright-report|demo|tests)\/|(^|\/)\./;
  const extra = names.filter((name) => unwanted.test(name));
  check('no node_modules, build output, test results, tests, demo or dotfiles', extra.length === 0, extra.slice(0, 10).join(', '));

  // A reviewer's rebuild, minus `npm ci`: unzip, use our node_modules, build Firefox, compare.
  if (!firefoxFiles) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'hirempire-sources-'));
  try {
    for (const [name, data] of files) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const env = { ...process.env };
    delete env.HIREMPIRE_OUT_DIR;
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: dir, env, encoding: 'utf8' });
    check('`wxt build -b firefox --mv3` succeeds from the unzipped sources', build.status === 0, build.stderr?.slice(-500));
    if (build.status === 0) {
      const diff = differences(firefoxFiles, path.join(dir, '.output/firefox-mv3'));
      check('that rebuild is byte-identical to the Firefox package', diff.length === 0, diff.slice(0, 10).join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

checkBrowserPackage('chrome');
const firefox = checkBrowserPackage('firefox');
checkSources(firefox);
console.log(failed ? `\n${failed} check(s) failed.` : '\nThe three store packages are ready.');
process.exit(failed ? 1 : 0);
