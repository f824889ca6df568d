import { i18n } from '#i18n';
import { readFirstScreen } from '@/utils/popup/first-screen';
import { paintFirstScreen } from '@/utils/popup/paint';
import '@/components/base.css';
import '@/components/popup/popup.css';

/**
 * The popup's entry: small on purpose. It paints what storage already knows of the active job
 * (utils/popup/first-screen.ts), then loads React and the app (mount.tsx), which take over.
 */

// The page is written in the language of the messages the browser picked: say so, for screen readers and hyphenation.
document.documentElement.lang = i18n.t('meta_lang');

const root = document.getElementById('root')!;
// The app is fetched and compiled while storage answers; it runs once the first screen is up.
const app = import('./mount');
const first = await readFirstScreen().catch(() => null);
const painted = first ? paintFirstScreen(first, root) : null;
(await app).mountPopup(root, painted);
