import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/utils/background/router';
import { MESSAGES } from '@/utils/background/messages';
import { refreshBadge } from '@/utils/background/badge';
import { affectsBadgeAndMenu, onMenuClicked, rebuildContextMenu } from '@/utils/background/context-menu';
import { onCommand } from '@/utils/background/commands';
import { leaveHostWithoutAccess } from '@/utils/background/host-access';
import { injectedFrames } from '@/utils/background/any-site';
import { moveAnswersOutOfLocalStorage } from '@/utils/storage';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously: the worker may have been woken by this very message.
    lockStorageToExtension();
    const route = createRouter(MESSAGES, {
      extensionId: browser.runtime.id,
      // The extension's own base URL; trust.ts compares scheme and host.
      extensionOrigin: browser.runtime.getURL('/'),
      injectedFrames,
    });
    browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

    browser.runtime.onInstalled.addListener(({ reason }) => {
      lockStorageToExtension();
      // First run: the options page is where a new recruiter pastes the token.
      if (reason === 'install') void browser.runtime.openOptionsPage();
      // An update from a version that kept whole answers in storage.local moves them out first.
      const moved = reason === 'update' ? moveAnswersOutOfLocalStorage().catch(() => undefined) : Promise.resolve();
      void moved.then(() => {
        void refreshBadge();
        void rebuildContextMenu();
      });
    });
    browser.runtime.onStartup.addListener(() => {
      void refreshBadge();
      void rebuildContextMenu();
    });
    // Badge and menu follow whatever changed them: active job, cached visits, token status, settings.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !Object.keys(changes).some(affectsBadgeAndMenu)) return;
      void refreshBadge();
      void rebuildContextMenu();
    });
    // The recruiter removed a custom API host's access (browser settings, or another extension page):
    // back to the default server, and the removed server's token forgotten.
    browser.permissions.onRemoved.addListener(() => void leaveHostWithoutAccess());
    browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
    browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
    // The e2e tests cannot press a real shortcut or open a native menu: they call these, with what
    // the browser would pass. Nothing outside the extension can reach a worker's globals.
    Object.assign(globalThis, { hirempireBrowserEvents: { onMenuClicked, onCommand } });
  },
});

/**
 * Chrome lets content scripts read storage.local unless told otherwise. Settings and
 * cached sources are nobody's business but the extension's (the token is not in
 * storage.local at all). Firefox has no such switch (no setAccessLevel): there our content
 * scripts' own world can read storage.local, though never storage.session, and pages never
 * can. The token's place, the extension origin's IndexedDB, is out of their reach on both
 * (tests/e2e-firefox checks it from inside the content script).
 */
function lockStorageToExtension() {
  const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (o: object) => Promise<void> } } } })
    .chrome?.storage?.local;
  void local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch?.(() => undefined);
}
