import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LOCALE, setUiLanguage } from './fake-i18n';
import { installFakePermissions } from './fake-permissions';

// Messages are real from the start: some test files build error values while they are collected.
setUiLanguage(DEFAULT_LOCALE);

// Each test starts from an empty browser: storage, listeners and the token vault,
// with its UI in English (the default locale), so messages are the real English text.
beforeEach(async () => {
  fakeBrowser.reset();
  installFakePermissions();
  setUiLanguage(DEFAULT_LOCALE);
  const { deleteToken } = await import('@/utils/vault');
  await deleteToken();
  // The cached answers' database (storage.local's previews went with fakeBrowser.reset()).
  await (await import('@/utils/answers-db')).answersDb.clear();
  // The worker's memory of who asked when: each test is a fresh worker.
  (await import('@/utils/background/board-link-throttle')).forgetBoardAsks();
  (await import('@/utils/background/hold-off')).forgetHoldOffs();
});
