import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { i18n } from '#i18n';
import { showFirstScreen } from '@/utils/popup/first-screen';

/**
 * The popup's first script, a classic one loaded by popup/index.html before its module: WXT
 * builds it as one self-contained file, so painting what storage knows of the active job waits
 * for one file, not for the module graph of the app's shared chunks (a dozen requests to the
 * extension's own files, the larger part of the popup's opening time before). It paints
 * (utils/popup/first-screen.ts) and says when it is done; main.ts then loads the app.
 */
export default defineUnlistedScript(() => {
  // The page is written in the language of the messages the browser picked: say so, for screen readers and hyphenation.
  document.documentElement.lang = i18n.t('meta_lang');
  const root = document.getElementById('root');
  if (root) void showFirstScreen(root);
});
