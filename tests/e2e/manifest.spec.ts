import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_ORIGIN, EXTENSION_DIR, expect, test } from './fixtures';

/** What the built extension asks the browser for, and what the running one was granted. */

test.describe('least privilege', () => {
  const manifest = () => JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const BOARD_MATCHES = ['https://www.linkedin.com/*', 'https://employers.indeed.com/*'];

  test('the built manifest asks for the API host, the two boards and nothing broader', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    // activeTab + scripting: one tab, on the recruiter's right-click or shortcut, for any other job board
    // (no install warning). Exactly these: no tabs, no webNavigation, no host beyond the API and the boards.
    expect([...m.permissions].sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'offscreen', 'scripting', 'storage']);
    // Port 443 only: the same host on another port is another server, asked for at run time.
    expect(m.host_permissions).toEqual([`${API_ORIGIN}:443/*`]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    // Wider hosts only as optional permissions, requested at runtime for a custom API.
    expect(m.optional_permissions ?? []).toEqual([]);
    for (const pattern of m.optional_host_permissions ?? []) expect(pattern).toMatch(/^(https:\/\/\*\/\*|http:\/\/(localhost|127\.0\.0\.1)\/\*)$/);
    expect(m).not.toHaveProperty('externally_connectable');
    // No page may load anything of the extension's (no fingerprinting, no framing of its pages).
    expect(m).not.toHaveProperty('web_accessible_resources');

    expect(m.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort()).toEqual([...BOARD_MATCHES].sort());
    for (const script of m.content_scripts) {
      expect(script).not.toHaveProperty('all_frames');
      expect(script).not.toHaveProperty('match_about_blank');
      expect(script).not.toHaveProperty('match_origin_as_fallback');
      expect(script).not.toHaveProperty('include_globs');
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
    const csp = JSON.stringify(m.content_security_policy ?? {});
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  test('the running extension was granted exactly that', async ({ worker }) => {
    const granted = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ permissions: string[]; origins: string[] }> } } }).chrome.permissions.getAll(),
    );
    expect([...granted.permissions].sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'offscreen', 'scripting', 'storage']);
    // The content scripts' hosts are granted with them; nothing else.
    expect([...granted.origins].sort()).toEqual([`${API_ORIGIN}:443/*`, ...BOARD_MATCHES].sort());
  });
});
