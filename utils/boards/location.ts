import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The Navigation API, where the browser has it (Chromium; not every Firefox). */
interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

export type LocationSource = 'navigation-api' | 'wxt-locationchange';

/**
 * Calls `onChange` after every in-page navigation (pushState, replaceState, back/forward,
 * hash). This is the only thing a content script keeps running on pages that are not
 * posting forms. The Navigation API reports at once and costs nothing between events;
 * without it, WXT's `wxt:locationchange` (which polls once a second) plus `popstate`
 * and `hashchange` for the immediate cases.
 */
export function onLocationChange(ctx: ContentScriptContext, onChange: (url: URL) => void): LocationSource {
  const report = () => onChange(new URL(location.href));
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // `navigatesuccess` fires once the URL has changed (and, for intercepted navigations, once committed).
    navigation.addEventListener('navigatesuccess', report, { signal: ctx.signal });
    return 'navigation-api';
  }
  ctx.addEventListener(window, 'wxt:locationchange', report);
  ctx.addEventListener(window, 'popstate', report);
  ctx.addEventListener(window, 'hashchange', report);
  return 'wxt-locationchange';
}
