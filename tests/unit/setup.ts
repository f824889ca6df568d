import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test starts from an empty browser: storage, listeners and the token vault.
beforeEach(async () => {
  fakeBrowser.reset();
  const { deleteToken } = await import('@/utils/vault');
  await deleteToken();
});
