import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/** Hosts the extension talks to without asking: the default API and the two boards' posting forms. */
const DEFAULT_API_ORIGIN = 'https://api.hirempire.com';
/** `wxt/browser` for the scripts that run in web pages (hooks, below). */
const CONTENT_RUNTIME = fileURLToPath(new URL('./utils/content-runtime.ts', import.meta.url));

// https://wxt.dev/api/config.html
export default defineConfig({
  // @wxt-dev/i18n: locales/<lang>.yml become _locales/<lang>/messages.json, and `#i18n` gives typed `i18n.t()`.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports: every module says where its names come from.
  imports: false,
  // Tests and benchmarks build into their own folder so they never race a developer's build.
  outDir: process.env.HIREMPIRE_OUT_DIR ?? '.output',
  // `npm run zip`: <name>-<version>-{chrome,firefox}.zip, plus -sources.zip for Mozilla's review.
  // The sources zip holds what rebuilding needs (package.json, package-lock.json, README, configs,
  // sources, icons); WXT already leaves out node_modules, dotfiles and the output folder.
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', 'playwright-report/**', 'demo/**', '*.log'],
  },
  hooks: {
    // The content scripts and the unlisted scripts (the injected field engine, the popup's
    // first-screen script) get the browser's own API and a small `t()`, and the content scripts a
    // small context, instead of webextension-polyfill, @wxt-dev/i18n's runtime and WXT's
    // ContentScriptContext (4 KB gzip of a script loaded into every LinkedIn page):
    // utils/content-runtime.ts says what they use and why that is enough. Every other entrypoint
    // keeps them (the modules above).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias ?? [];
      const aliases = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      // First, so that they win over the polyfill module's alias of `wxt/browser`. `@wxt-dev/browser`
      // is what wxt/browser is without the polyfill; `@wxt-dev/i18n` is where `#i18n` gets createI18n;
      // WXT's content-script entry takes ContentScriptContext from `wxt/utils/content-script-context`.
      const ours = [/^wxt\/browser$/, /^@wxt-dev\/browser$/, /^@wxt-dev\/i18n$/, /^wxt\/utils\/content-script-context$/].map((find) => ({
        find,
        replacement: CONTENT_RUNTIME,
      }));
      config.resolve = { ...config.resolve, alias: [...ours, ...aliases] };
    },
  },
  manifest: ({ browser }) => ({
    // Name, description and shortcut descriptions come from locales/<lang>.yml, in the browser's language.
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    short_name: '__MSG_manifest_short_name__',
    description: '__MSG_manifest_description__',
    // storage: settings and cache; contextMenus: "Insert tracked link" on editable fields; activeTab + scripting:
    // on any other job board, the recruiter's right-click or shortcut lets the worker inject the field engine
    // into that one tab, then (no install warning for any of the four, and no new host permission).
    // clipboardWrite (+ offscreen on Chrome): the worker writes a link to the clipboard when a board page would not
    // let the control do it, never from the page's document (utils/background/clipboard-writer.ts). No install
    // warning on Chrome; Firefox, which writes from its background page, shows "Input data to the clipboard".
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['offscreen'])],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_manifest_command_open__' },
      'copy-board-link': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_manifest_command_copy_link__',
      },
    },
    // Chrome: port 443 only, so that the same host on another port (https://api.hirempire.com:8443)
    // is another server the recruiter must allow. Firefox refuses ports in match patterns.
    host_permissions: [browser === 'firefox' ? `${DEFAULT_API_ORIGIN}/*` : `${DEFAULT_API_ORIGIN}:443/*`],
    // A self-hosted or development API is asked for at runtime, only when the recruiter saves it.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'browser-extension@hirempire.com',
              // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: {
                // The API token is sent to Hirempire (the recruiter's own account) to read their job sources.
                required: ['authenticationInfo'],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
