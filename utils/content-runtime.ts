import type { WxtBrowser } from 'wxt/browser';

/**
 * What the content scripts (entrypoints/*.content), the injected field engine
 * (entrypoints/any-board.ts) and the popup's first-screen script (entrypoints/popup-first-screen.ts,
 * which must load fast) get for `wxt/browser` and `@wxt-dev/i18n`, and the content scripts for
 * WXT's `ContentScriptContext`: the browser's own promise-based API instead of
 * webextension-polyfill, a `t()` of a few lines instead of @wxt-dev/i18n's, and a context with
 * only what the engine uses. The polyfill alone was 9.6 KB of the board script's 43 KB (3 KB gzip
 * with the CommonJS wrapper it comes in), in a script loaded into every LinkedIn page. The build
 * points those imports here for those entrypoints only (wxt.config.ts, `vite:build:extendConfig`);
 * the worker, the popup's app, the options page and the offscreen document keep the libraries,
 * and unit tests keep WXT's fakeBrowser and context.
 *
 * What these scripts use of the API, and why the native one is enough:
 * - `runtime.sendMessage`: returns a promise on Chrome (MV3) and on Firefox. The polyfill's
 *   one change on this side is that Chrome's "message port closed before a response" becomes
 *   `undefined`; `send()` (utils/messaging/protocol.ts) treats both alike (one more try).
 * - `runtime.onMessage`: the only listener here (boards/session/worker-commands.ts) never
 *   answers: the worker's commands are one-way. A listener that answered would need
 *   `sendResponse` and `return true` on Chrome, which nothing here provides.
 * - `runtime.id`, `i18n.getMessage`, `i18n.getUILanguage`: synchronous, the same everywhere.
 */
type Globals = { browser?: WxtBrowser; chrome?: WxtBrowser };
const globals = globalThis as unknown as Globals;

// Firefox has `browser` (promise-based); Chrome has `chrome`, whose MV3 methods return promises
// when given no callback. `runtime.id` tells a real extension API from a page's global named `browser`.
export const browser: WxtBrowser = (globals.browser?.runtime?.id ? globals.browser : globals.chrome) as WxtBrowser;

type Substitutions = Record<string, unknown>;

/**
 * @wxt-dev/i18n's `t(key, count?, substitutions?, named?)` for the messages the build writes
 * from locales/*.yml: `getMessage` with positional substitutions (the count's own, when a count
 * is given and none are), a plural form picked by the count from "one | many" or
 * "zero | one | many", and `{name}` placeholders filled from an object. A key with no message
 * gives "" (the library also logs a warning).
 */
export function createI18n() {
  // Typed by WXT for the generated keys; `#i18n` types `t()` itself.
  const getMessage = (name: string, substitutions?: string[]): string =>
    (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);
  return {
    t(key: string, ...args: unknown[]): string {
      let count: number | undefined;
      let positional: unknown[] | undefined;
      let named: Substitutions | undefined;
      for (const arg of args) {
        if (typeof arg === 'number') count = arg;
        else if (Array.isArray(arg)) positional = arg;
        else if (arg && typeof arg === 'object') named = arg as Substitutions;
      }
      if (count !== undefined) positional ??= [count];
      let message = getMessage(key.replaceAll('.', '_'), positional?.map(String));
      if (count !== undefined) {
        const forms = message.split(' | ');
        message = forms[forms.length === 2 ? (count === 1 ? 0 : 1) : forms.length === 3 ? (count === 0 || count === 1 ? count : 2) : 0];
      }
      return named ? message.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(named, name) ? String(named[name]) : match)) : message;
    },
  };
}

/**
 * WXT's `ContentScriptContext` (what a content script's `main(ctx)` gets), with only what the
 * engine uses: one AbortSignal for the script's life, `isInvalid` (the extension was updated,
 * reloaded or removed: its runtime is gone, and the context aborts), listeners and an interval
 * that end with it. WXT's own also tells the page's document that the script started (an event
 * and a `postMessage` named after the extension's id, so that a second copy stops the first):
 * a board page could read the id from them. Here nothing is said to the page; an old copy ends
 * when its runtime is gone, which the engine checks at its next look at the page.
 */
export class ContentScriptContext {
  readonly #lifetime = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  get signal(): AbortSignal {
    return this.#lifetime.signal;
  }

  abort(reason?: unknown): void {
    this.#lifetime.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort('Content script context invalidated');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }
}
