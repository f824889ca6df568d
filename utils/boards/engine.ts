import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send as sendToWorker } from '../messaging/protocol';
import { findTargets } from './fields';
import { createLinkStore, type LinkStore, type Send } from './link-store';
import { onLocationChange, type LocationSource } from './location';
import { openSession } from './session';
import type { BoardAdapter } from './types';

/**
 * A board's content script, whatever the board: follows in-page navigation, and on posting-form
 * pages only, opens a session (session/index.ts) that watches for the target fields and gives
 * each its control. A session stops when the recruiter leaves the form, or with `ctx`
 * (extension updated or reloaded). Off the form, only the navigation listener runs.
 */
export interface EngineOptions {
  send?: Send;
  /** Whether an event is the recruiter's own (isTrusted; unit tests, whose DOM cannot make trusted events, pass their own). */
  isUserEvent?: (event: Event) => boolean;
}

export interface BoardEngine {
  store: LinkStore;
  locationSource: LocationSource;
  /** True while the current page is a posting form. */
  readonly active: boolean;
}

export function startBoard(ctx: ContentScriptContext, adapter: BoardAdapter, options: EngineOptions = {}): BoardEngine {
  const store = createLinkStore({
    send: options.send ?? sendToWorker,
    // The old script of an updated extension removes itself without a word.
    onExtensionUpdated: () => ctx.abort('Hirempire was updated'),
  });
  let session: AbortController | null = null;
  const close = () => {
    session?.abort();
    session = null;
  };

  const follow = (url: URL) => {
    // Reading isInvalid notices an extension update (the runtime is gone) and tears everything down.
    if (ctx.isInvalid) return;
    const posting = adapter.isPostingForm(url);
    if (posting && !session && !ctx.signal.aborted) {
      session = new AbortController();
      openSession(session.signal, { adapter, store, isUserEvent: options.isUserEvent, isInvalid: () => ctx.isInvalid });
    } else if (!posting) close();
  };
  const locationSource = onLocationChange(ctx, follow);
  ctx.onInvalidated(close);
  follow(new URL(location.href));
  return {
    store,
    locationSource,
    get active() {
      return session !== null;
    },
  };
}

/**
 * A page that no adapter knows (any job board, on the recruiter's demand): every field the
 * shared finder recognises gets its control, and the worker's insert and copy commands work.
 */
export function anyBoard(id: BoardAdapter['id'], name: string): BoardAdapter {
  return { id, name, isPostingForm: () => true, findTargets: (root, seen, shadowRoots) => findTargets(root, {}, seen, shadowRoots) };
}

export interface InjectedEngineOptions {
  adapter: BoardAdapter;
  /** Ends the session: the injecting code aborts it (navigation, a newer injection). */
  signal: AbortSignal;
  send?: Send;
}

/**
 * The same engine started in an arbitrary page or frame (injected with scripting.executeScript):
 * one session, no navigation following, nothing left once `signal` aborts.
 */
export function startInPage({ adapter, signal, send = sendToWorker }: InjectedEngineOptions): LinkStore {
  const lifetime = new AbortController();
  signal.addEventListener('abort', () => lifetime.abort(), { once: true });
  const store = createLinkStore({ send, onExtensionUpdated: () => lifetime.abort() });
  if (!signal.aborted) openSession(lifetime.signal, { adapter, store, isInvalid: () => lifetime.signal.aborted });
  return store;
}
