import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send as sendToWorker } from '../messaging/protocol';
import { createControl, isOurs, type Control } from './control';
import { watchFields } from './field-watcher';
import { accessibleName, editableOf, isEditingHost } from './fields';
import { createLinkStore, type LinkStore, type Send } from './link-store';
import { onLocationChange, type LocationSource } from './location';
import type { BoardAdapter, FieldTarget } from './types';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { isFromWorker, parseTabRequest, type TabSenderLike } from '../messaging/tab-protocol';

/**
 * One board's content script, whatever the board: follows in-page navigation, and on
 * posting-form pages only, watches for the target fields and gives each its control.
 * Everything it starts stops with the page session (leaving the form) or with `ctx`
 * (extension updated or reloaded).
 */
export interface EngineOptions {
  send?: Send;
  /** How long a posting page may show no target field before the floating control appears. */
  floatingDelayMs?: number;
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
  let session: { close(): void } | null = null;

  const follow = (url: URL) => {
    // Reading isInvalid notices an extension update (the runtime is gone) and tears everything down.
    if (ctx.isInvalid) return;
    const posting = adapter.isPostingForm(url);
    if (posting && !session && !ctx.signal.aborted) session = openSession(ctx, adapter, store, options.floatingDelayMs ?? 1500);
    else if (!posting && session) {
      session.close();
      session = null;
    }
  };
  const locationSource = onLocationChange(ctx, follow);
  ctx.onInvalidated(() => {
    session?.close();
    session = null;
  });
  follow(new URL(location.href));
  return {
    store,
    locationSource,
    get active() {
      return session !== null;
    },
  };
}

function openSession(ctx: ContentScriptContext, adapter: BoardAdapter, store: LinkStore, floatingDelayMs: number) {
  // Every listener, observer and control below stops with this; startBoard aborts it when the
  // recruiter leaves the form and when ctx is invalidated.
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const controls = new Map<HTMLElement, Control>();
  const carets = new WeakMap<HTMLElement, Range>();
  let floating: Control | null = null;
  let floatingTimer = 0;
  let floatingHidden = false;
  let lastField: FieldTarget | null = null;
  // A board switched off in the settings gets nothing, not even for a moment: see `startWatching`.
  let disabled = store.state.link?.enabled === false;

  // The caret in each editor, kept while focus moves to our buttons.
  document.addEventListener(
    'selectionchange',
    () => {
      const selection = document.getSelection();
      if (!selection?.rangeCount) return;
      const range = selection.getRangeAt(0);
      let el = range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
      while (el && !isEditingHost(el)) el = el.parentElement?.closest('[contenteditable]') ?? null;
      if (el) carets.set(el as HTMLElement, range.cloneRange());
    },
    { signal },
  );
  // The floating control inserts into the field the recruiter last worked in.
  document.addEventListener(
    'focusin',
    (event) => {
      const el = event.target as Element;
      if (isOurs(el)) return;
      const field = el instanceof Element && el.matches('input, textarea, [contenteditable]') ? editableOf(el) : null;
      if (field) lastField = { kind: field instanceof HTMLInputElement ? 'apply-url' : 'description', field, label: accessibleName(field) || i18n.t('board_field_this') };
    },
    { signal },
  );
  // Back from the popup (where the active job may have changed): ask again.
  window.addEventListener('focus', () => void store.ensureFresh(0), { signal });
  // The field the recruiter right-clicked: where "Insert tracked link" from the context menu goes.
  let contextField: FieldTarget | null = null;
  document.addEventListener(
    'contextmenu',
    (event) => {
      const el = event.target instanceof Element && !isOurs(event.target) ? editableOf(event.target) : null;
      contextField = el ? { kind: 'description', field: el, label: accessibleName(el) || i18n.t('board_field_this') } : null;
    },
    { signal },
  );

  const removeAll = () => {
    for (const control of controls.values()) control.destroy();
    controls.clear();
    floating?.destroy();
    floating = null;
    clearTimeout(floatingTimer);
    floatingTimer = 0;
  };

  const showFloating = () => {
    if (controls.size || floatingHidden || disabled) {
      floating?.destroy();
      floating = null;
      clearTimeout(floatingTimer);
      floatingTimer = 0;
      return;
    }
    if (floating) return floating.place();
    if (floatingTimer) return;
    // Forms render late: give the fields a moment before deciding there are none.
    floatingTimer = ctx.setTimeout(() => {
      floatingTimer = 0;
      if (controls.size || floatingHidden || disabled || signal.aborted) return;
      showFloatingNow();
    }, floatingDelayMs);
  };

  /** The floating control at once: after the delay, or when a shortcut needs somewhere to answer. */
  const showFloatingNow = () => {
    clearTimeout(floatingTimer);
    floatingTimer = 0;
    floating ??= createControl({
      store,
      boardName: adapter.name,
      target: null,
      lastField: () => (lastField?.field.isConnected ? lastField : null),
      savedRange: (editor) => carets.get(editor) ?? null,
      onHide: () => {
        floatingHidden = true;
        showFloating();
      },
      signal,
    });
    floating.place();
  };

  const reconcile = (targets: FieldTarget[]) => {
    if (disabled) return;
    const present = new Set<HTMLElement>();
    for (const target of targets) {
      present.add(target.field);
      let control = controls.get(target.field);
      if (!control) {
        control = createControl({ store, boardName: adapter.name, target, savedRange: (editor) => carets.get(editor) ?? null, signal });
        controls.set(target.field, control);
      }
      control.place();
    }
    // A field that left (or was replaced by a re-render) takes its control with it.
    for (const [field, control] of controls) {
      if (!present.has(field)) {
        control.destroy();
        controls.delete(field);
      }
    }
    showFloating();
  };

  /** The control that speaks for the page: the apply-URL field's, else any field's, else the floating one. */
  const mainControl = (): Control | null => {
    const all = [...controls.values()];
    return all.find((control) => control.target?.kind === 'apply-url') ?? all[0] ?? floating;
  };
  const controlFor = (field: HTMLElement): Control | null => controls.get(field) ?? mainControl();

  // The worker's shortcut and context-menu commands for this tab (see utils/messaging/tab-protocol.ts).
  const onWorkerMessage = (message: unknown, sender: TabSenderLike) => {
    if (!isFromWorker(sender, browser.runtime.id) || disabled) return;
    const request = parseTabRequest(message);
    if (request?.type === 'tab.copyLink') {
      if (!mainControl()) showFloatingNow();
      mainControl()?.copyLink();
    } else if (request?.type === 'tab.insertLink' && contextField?.field.isConnected) {
      const target = [...controls.values()].find((control) => control.target?.field === contextField!.field)?.target ?? contextField;
      if (!controlFor(target.field)) showFloatingNow();
      void controlFor(target.field)?.insertLink(target, request.source);
    }
  };
  browser.runtime.onMessage.addListener(onWorkerMessage);
  signal.addEventListener('abort', () => {
    // After an extension update the old runtime is gone and touching it throws: nothing is left to remove then.
    try {
      browser.runtime.onMessage.removeListener(onWorkerMessage);
    } catch {
      /* context invalidated */
    }
  });

  // After an extension update the page keeps this old script: its next look at the page ends it.
  const find = () => (ctx.isInvalid ? [] : adapter.findTargets(document));
  let watcher: ReturnType<typeof watchFields> | null = null;
  /** Fields are watched once the worker has said whether this board is on (at once when that is known). */
  const startWatching = () => {
    if (disabled || signal.aborted) return;
    if (watcher) watcher.rescan();
    else watcher = watchFields({ root: document, find, onFound: reconcile, isOurs, signal });
  };

  const unsubscribe = store.subscribe((state) => {
    const off = state.link?.enabled === false;
    if (off === disabled) return;
    disabled = off;
    if (off) removeAll();
    else startWatching();
  });

  // Ask before the first click (clipboard writes must happen inside the click), and before the first control.
  if (store.state.at) startWatching();
  void store.ensureFresh().then((state) => {
    disabled = state.link?.enabled === false;
    startWatching();
  });

  const close = () => {
    lifetime.abort();
    unsubscribe();
    removeAll();
  };
  return { close };
}
