import { firstScreenSettled } from '@/utils/popup/hand-over';
import '@/components/base.css';
import '@/components/popup/popup.css';

/**
 * The popup's module entry: small on purpose. The first screen is painted by the classic script
 * before it (entrypoints/popup-first-screen.ts); only then are React and the app (mount.tsx)
 * loaded, because compiling and running them earlier sits between storage's answer and the paint.
 */
const root = document.getElementById('root')!;
const painted = await firstScreenSettled(root);
const { mountPopup } = await import('./mount');
mountPopup(root, painted);
