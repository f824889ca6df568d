import { defineConfig } from 'wxt';

/** Hosts the extension talks to without asking: the default API and the two boards' posting forms. */
export const DEFAULT_API_ORIGIN = 'https://api.hirempire.com';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports: every module says where its names come from.
  imports: false,
  // Tests and benchmarks build into their own folder so they never race a developer's build.
  outDir: process.env.HIREMPIRE_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Hirempire – tracked job links',
    description:
      'Look up a job’s Hirempire sources, see visits per channel, and copy tracked links into LinkedIn and Indeed job posts.',
    // storage: settings and cache; contextMenus: "Insert tracked link" on the boards' fields (no install warning).
    permissions: ['storage', 'contextMenus'],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+H' }, description: 'Open Hirempire' },
      'copy-board-link': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Copy the active job’s tracked link for this job board',
      },
    },
    host_permissions: [`${DEFAULT_API_ORIGIN}/*`],
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
