/**
 * The popup is two scripts (entrypoints/popup-first-screen.ts, then entrypoints/popup/main.ts),
 * and this is how they meet: through the popup's root element, the only thing they share.
 * - `data-first-screen-state` on the root: "painting" while the first screen is read and
 *   drawn, then "painted" or "none" (nothing to show, or it failed: the app does it all).
 * - the painted screen is the root's `[data-first-screen]` child until the app takes its place.
 * The popup is an extension page: nothing but its own two scripts runs in it.
 */
export type FirstScreenState = 'painting' | 'painted' | 'none';

const STATE = 'firstScreenState';
const SETTLED = 'hirempire:first-screen';

export function setFirstScreenState(root: HTMLElement, state: FirstScreenState): void {
  root.dataset[STATE] = state;
  if (state !== 'painting') root.dispatchEvent(new Event(SETTLED));
}

/**
 * Resolves once the first screen is painted (true) or will not be (false). No state at all:
 * the first-screen script did not run (it runs before any module script when it loads), so
 * there is nothing to wait for.
 */
export function firstScreenSettled(root: HTMLElement): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = () => {
      const state = root.dataset[STATE] as FirstScreenState | undefined;
      if (state === 'painting') return false;
      resolve(state === 'painted' && root.querySelector('[data-first-screen]') !== null);
      return true;
    };
    if (!settle()) root.addEventListener(SETTLED, settle, { once: true });
  });
}

/** Swaps the painted screen for the app's, keeping the row the recruiter had focused. */
export function handOverFirstScreen(root: HTMLElement, app: HTMLElement): void {
  const focusedRow = (document.activeElement as HTMLElement | null)?.closest?.<HTMLElement>('[data-first-screen] li[data-index]');
  root.querySelector('[data-first-screen]')?.remove();
  app.hidden = false;
  if (focusedRow) app.querySelector<HTMLElement>(`li[data-index="${focusedRow.dataset.index}"]`)?.focus();
}
