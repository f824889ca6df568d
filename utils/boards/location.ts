import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The Navigation API, where the browser has it (Chromium; not every Firefox). */
interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

export type LocationSource = 'navigation-api' | 'polling';

/**
 * Calls `onChange` after every in-page navigation (pushState, replaceState, back/forward,
 * hash). This is the only thing a content script keeps running on pages that are not
 * posting forms. The Navigation API reports at once and costs nothing between events;
 * without it (Firefox ESR), nothing tells an isolated world about the page's pushState: the
 * address is compared once a second (as WXT's own watcher does), and `popstate` and
 * `hashchange` report at once.
 */
export function onLocationChange(ctx: ContentScriptContext, onChange: (url: URL) => void): LocationSource {
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // `navigatesuccess` fires once the URL has changed (and, for intercepted navigations, once committed).
    navigation.addEventListener('navigatesuccess', () => onChange(new URL(location.href)), { signal: ctx.signal });
    return 'navigation-api';
  }
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(new URL(last));
  };
  ctx.setInterval(check, 1000);
  ctx.addEventListener(window, 'popstate', check);
  ctx.addEventListener(window, 'hashchange', check);
  return 'polling';
}
